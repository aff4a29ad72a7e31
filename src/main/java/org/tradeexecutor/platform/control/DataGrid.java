package org.tradeexecutor.platform.control;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payara Micro's own data grid (Hazelcast, JNDI {@code payara/Hazelcast}) that the instances of a deployment share;
 * absent when this instance runs alone ({@code --nohazelcast}). Only JDK types are sent over it, so no application
 * class has to be known to the grid.
 */
@ApplicationScoped
public class DataGrid {

    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    /** Looked up on first use: null until then. */
    private volatile Optional<HazelcastInstance> hazelcast;

    /**
     * Joins a topic of the grid: {@code fromOthers} gets what the other instances publish on it (not this one's own
     * messages); answers the topic to publish on, or empty when this instance is alone.
     */
    public Optional<ITopic<String>> join(String name, Consumer<String> fromOthers) {
        return instance().map(grid -> {
            ITopic<String> topic = grid.getTopic(name);
            Member self = grid.getCluster().getLocalMember();
            topic.addMessageListener(message -> {
                if (!self.equals(message.getPublishingMember())) {
                    fromOthers.accept(message.getMessageObject());
                }
            });
            return topic;
        });
    }

    /** How many instances share the grid (1 when alone). */
    public int members() {
        return instance().map(grid -> grid.getCluster().getMembers().size()).orElse(1);
    }

    private Optional<HazelcastInstance> instance() {
        Optional<HazelcastInstance> known = hazelcast;
        if (known == null) {
            known = lookUp();
            hazelcast = known;
        }
        return known;
    }

    private static Optional<HazelcastInstance> lookUp() {
        try {
            HazelcastInstance grid = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
            return grid != null && grid.getLifecycleService().isRunning() ? Optional.of(grid) : Optional.empty();
        } catch (NamingException | RuntimeException | LinkageError noGrid) {
            LOG.log(Level.FINE, "The data grid could not be found", noGrid);
            return Optional.empty();
        }
    }
}
