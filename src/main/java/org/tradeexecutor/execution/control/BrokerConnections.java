package org.tradeexecutor.execution.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.execution.entity.AccountState;
import org.tradeexecutor.execution.entity.AccountView;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.BrokerKind;
import org.tradeexecutor.platform.control.LookupCache;
import org.tradeexecutor.platform.control.LookupCaches;
import org.tradeexecutor.subscriptions.entity.ProviderFollowed;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
    AlpacaBroker alpaca;

    @Inject
    BrokerCredentialsBox credentials;

    @Inject
    SecurityAuditLog audit;

    @Inject
    Clock clock;

    @Inject
    LookupCaches lookups;

    /** Each trader's primary account, kept between signals (a fan-out reads it for every follower); dropped where it changes. */
    private LookupCache<BrokerConnection> primaryAccounts;

    @PostConstruct
    void keep() {
        primaryAccounts = lookups.named("primary-accounts");
    }

    public List<BrokerConnection> of(String userId) {
        paperAccountOf(userId);
        return connections.findByUserId(userId);
    }

    public Optional<BrokerConnection> find(String connectionId) {
        return connections.findById(connectionId);
    }

    /** Where the trader's orders go. */
    public BrokerConnection primaryOf(String userId) {
        return primaryAccounts.get(userId, this::readPrimaryOf);
    }

    private BrokerConnection readPrimaryOf(String userId) {
        BrokerConnection paperAccount = paperAccountOf(userId);
        return paperAccount.primary() ? paperAccount
                : connections.findByUserId(userId).stream().filter(BrokerConnection::primary).findFirst().orElse(paperAccount);
    }

    /** A follower's paper account exists before the first signal arrives, not opened in the middle of a fan-out. */
    void onFollowed(@Observes ProviderFollowed followed) {
        paperAccountOf(followed.userId());
    }

    /**
     * Where each trader's orders go, by user id, for many traders at once (a fan-out): the paper accounts are read by
     * their ids in one query; only a trader whose primary account is another one costs a query of its own.
     */
    public Map<String, BrokerConnection> primaryOf(Collection<String> userIds) {
        return primaryAccounts.getAll(userIds, this::readPrimaryOfAll);
    }

    private Map<String, BrokerConnection> readPrimaryOfAll(Set<String> userIds) {
        Map<String, BrokerConnection> paperAccounts = connections.findByIdIn(userIds.stream().map(BrokerConnection::paperIdOf).toList()).stream()
                .collect(Collectors.toMap(BrokerConnection::userId, c -> c, (a, b) -> a));
        Map<String, BrokerConnection> primary = new HashMap<>();
        for (String userId : userIds) {
            BrokerConnection paperAccount = paperAccounts.get(userId);
            primary.put(userId, paperAccount != null && paperAccount.primary() ? paperAccount : readPrimaryOf(userId));
        }
        return primary;
    }

    public BrokerConnection paperAccountOf(String userId) {
        return connections.findById(BrokerConnection.paperIdOf(userId)).orElseGet(() -> {
            BrokerConnection created = connections.save(BrokerConnection.paper(userId, clock.instant()));
            paper.open(created);
            return created;
        });
    }

    /** The trader's primary account as it stands now: value, cash, buying power, today's result. */
    public AccountView accountOf(String userId) {
        BrokerConnection account = primaryOf(userId);
        AccountState state = adapterFor(account).state(account);
        return new AccountView(account.id(), account.kind(), account.label(), state.snapshot().equity(), state.snapshot().cash(),
                state.snapshot().buyingPower(), state.dailyPnl());
    }

    public BrokerAdapter adapterFor(BrokerConnection connection) {
        return connection.kind() == BrokerKind.PAPER ? paper : alpaca;
    }

    /**
     * Adds an Alpaca account after checking its keys with Alpaca; the secret is stored encrypted and never shown again.
     *
     * @return the connection, or the reason it was not added
     */
    public Result connectAlpaca(String userId, String label, String keyId, String secret, boolean paperTrading, AuditEvent.Actor by,
                                AuditEvent.Origin origin) {
        BrokerConnection candidate = new BrokerConnection("alpaca:" + new ObjectId().toHexString(), userId, BrokerKind.ALPACA, label, keyId,
                credentials.encrypt(secret), paperTrading, false, clock.instant());
        Optional<String> problem = alpaca.problemWith(candidate);
        audit.record(new AuditEvent("broker.connect", problem.isEmpty() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, by, null, origin,
                "alpaca " + (paperTrading ? "paper" : "live"), problem.orElse(null)));
        return problem.map(Result::refused).orElseGet(() -> Result.connected(connections.save(candidate)));
    }

    /** Asks the broker for the account: empty when it answers. */
    public Optional<String> test(BrokerConnection connection) {
        return connection.kind() == BrokerKind.PAPER ? Optional.empty() : alpaca.problemWith(connection);
    }

    /** Orders go to this account from now on. */
    public BrokerConnection makePrimary(BrokerConnection connection, AuditEvent.Actor by, AuditEvent.Origin origin) {
        for (BrokerConnection other : of(connection.userId())) {
            if (other.primary() != other.id().equals(connection.id())) {
                connections.save(withPrimary(other, other.id().equals(connection.id())));
            }
        }
        primaryAccounts.invalidate(connection.userId());
        audit.record(new AuditEvent("broker.primary", AuditOutcome.SUCCESS, by, null, origin, "broker connection " + connection.id(), null));
        return connections.findById(connection.id()).orElseThrow();
    }

    /** Removes an Alpaca account (the paper account stays); the paper account becomes primary if this one was. */
    public void remove(BrokerConnection connection, AuditEvent.Actor by, AuditEvent.Origin origin) {
        if (connection.kind() == BrokerKind.PAPER) {
            throw new IllegalArgumentException("The paper account cannot be removed.");
        }
        connections.delete(connection);
        if (connection.primary()) {
            connections.save(withPrimary(paperAccountOf(connection.userId()), true));
        }
        primaryAccounts.invalidate(connection.userId());
        audit.record(new AuditEvent("broker.remove", AuditOutcome.SUCCESS, by, null, origin, "broker connection " + connection.id(), null));
    }

    private static BrokerConnection withPrimary(BrokerConnection c, boolean primary) {
        return new BrokerConnection(c.id(), c.userId(), c.kind(), c.label(), c.alpacaKeyId(), c.alpacaSecretEncrypted(), c.alpacaPaper(),
                primary, c.createdAt());
    }

    /** @param connection the new account, or null  @param problem why it was not added, or null */
    public record Result(BrokerConnection connection, String problem) {
        static Result connected(BrokerConnection connection) {
            return new Result(connection, null);
        }

        static Result refused(String problem) {
            return new Result(null, problem);
        }
    }
}
