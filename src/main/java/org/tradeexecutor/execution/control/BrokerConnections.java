package org.tradeexecutor.execution.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.BrokerKind;
import org.tradeexecutor.execution.entity.BrokerUnavailableException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Traders' broker accounts (PRODUCT T2) and the adapter that serves each. Every trader has a paper account, created
 * on first use with the starting cash; it is the primary account until another one is made primary.
 */
@ApplicationScoped
public class BrokerConnections {

    @Inject
    BrokerConnectionRepository connections;

    @Inject
    PaperBroker paper;

    @Inject
    Clock clock;

    public List<BrokerConnection> of(String userId) {
        paperAccountOf(userId);
        return connections.findByUserId(userId);
    }

    public Optional<BrokerConnection> find(String connectionId) {
        return connections.findById(connectionId);
    }

    /** Where the trader's orders go. */
    public BrokerConnection primaryOf(String userId) {
        BrokerConnection paperAccount = paperAccountOf(userId);
        return paperAccount.primary() ? paperAccount
                : connections.findByUserId(userId).stream().filter(BrokerConnection::primary).findFirst().orElse(paperAccount);
    }

    public BrokerConnection paperAccountOf(String userId) {
        return connections.findById(BrokerConnection.paperIdOf(userId)).orElseGet(() -> {
            BrokerConnection created = connections.save(BrokerConnection.paper(userId, clock.instant()));
            paper.open(created);
            return created;
        });
    }

    public BrokerAdapter adapterFor(BrokerConnection connection) {
        if (connection.kind() == BrokerKind.PAPER) {
            return paper;
        }
        throw new BrokerUnavailableException("No adapter for " + connection.kind() + " accounts in this version.", null);
    }
}
