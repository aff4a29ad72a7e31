package org.tradeexecutor.realtime.control;

import com.hazelcast.topic.ITopic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import org.tradeexecutor.platform.control.DataGrid;
import org.tradeexecutor.platform.entity.DatabaseReady;
import org.tradeexecutor.realtime.entity.Topic;

import java.io.StringReader;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Real-time messages for clients connected to other instances of the deployment (PRODUCT R6), over a topic of
 * Payara Micro's own data grid ({@link DataGrid}); no protocol of our own. A message is published as a JSON string and
 * delivered by every other instance to its own clients. Without the data grid ({@code --nohazelcast}) this instance
 * is alone and nothing is published.
 */
@ApplicationScoped
public class ClusterBridge {

    private static final Logger LOG = Logger.getLogger(ClusterBridge.class.getName());
    private static final String TOPIC = "trade-executor-realtime";
    /** Made once: each {@code Json.createX} call looks the JSON-P provider up again (~0.5 ms), here once per message. */
    private static final JsonBuilderFactory JSON_BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory JSON_READERS = Json.createReaderFactory(Map.of());

    private volatile ITopic<String> grid;

    @Inject
    ConnectedClients clients;

    @Inject
    DataGrid dataGrid;

    void join(@Observes DatabaseReady ready) {
        dataGrid.join(TOPIC, this::received).ifPresentOrElse(topic -> {
            grid = topic;
            LOG.info(() -> "Real time: messages shared with the cluster's " + dataGrid.members() + " member(s)");
        }, () -> LOG.info("Real time: no data grid, this instance serves its own clients only"));
    }

    /** Whether other instances may hold clients (then a user's listener may be connected elsewhere). */
    boolean clustered() {
        return grid != null;
    }

    void toUser(String userId, Topic topic, String text) {
        publish(envelope("user", userId, text).add("topic", topic.wireName()));
    }

    void toCommunity(String communityId, String text) {
        publish(envelope("community", communityId, text));
    }

    private JsonObjectBuilder envelope(String to, String id, String text) {
        return JSON_BUILDERS.createObjectBuilder().add("to", to).add("id", id).add("text", text);
    }

    private void publish(JsonObjectBuilder envelope) {
        ITopic<String> topic = grid;
        if (topic == null) {
            return;
        }
        try {
            topic.publish(envelope.build().toString());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Real time: could not share a message with the cluster", e);
        }
    }

    private void received(String published) {
        JsonObject envelope;
        try (JsonReader reader = JSON_READERS.createReader(new StringReader(published))) {
            envelope = reader.readObject();
        }
        String text = envelope.getString("text");
        if ("user".equals(envelope.getString("to"))) {
            Topic.fromWire(envelope.getString("topic")).ifPresent(topic -> clients.deliverToUser(envelope.getString("id"), topic, text));
        } else {
            clients.deliverToCommunity(envelope.getString("id"), text);
        }
    }
}
