package org.tradeexecutor.execution.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.Execution;
import org.tradeexecutor.execution.entity.ExecutionKey;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.execution.entity.ExecutionView;
import org.tradeexecutor.execution.entity.HeldPosition;
import org.tradeexecutor.execution.entity.OrderFilled;
import org.tradeexecutor.execution.entity.OrderKind;
import org.tradeexecutor.execution.entity.OrderRequest;
import org.tradeexecutor.execution.entity.OrderSide;
import org.tradeexecutor.platform.control.FailPoints;
import org.tradeexecutor.platform.control.StripedLocks;
import org.tradeexecutor.risk.control.RiskProfiles;
import org.tradeexecutor.risk.entity.RiskProfile;
import org.tradeexecutor.signals.control.SignalIntake;
import org.tradeexecutor.signals.control.SignalLifecycle;
import org.tradeexecutor.signals.entity.Instrument;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.SignalAccepted;
import org.tradeexecutor.signals.entity.UpdateAction;
import org.tradeexecutor.subscriptions.control.Subscriptions;
import org.tradeexecutor.subscriptions.entity.Subscription;
import org.tradeexecutor.subscriptions.entity.SubscriptionSettings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stop loss and take profits around an entry (PRODUCT X7), never more than is held. Every fill of an entry — the
 * whole order, or each part of an order that fills in parts — is protected by one OCO order per target: its share of
 * what the fill added, the target as the limit and the stop (the signal's, else the default distance) in the same
 * order, so that whichever fills cancels the other; a profile that trails gets one trailing stop instead. The
 * quantities add up to what is held, so a broker that refuses to sell more than that (Alpaca) takes them all.
 *
 * <p>A target that fills takes its part away and leaves the others standing; after the first target the stops of the
 * rest move to the entry when the signal or the subscription asks (break-even); a provider's "move stop" moves the
 * stops of the follower's position from that provider; an exit, a close by hand or the breaker cancels them first
 * ({@link #release}), and what is left once the position is gone is cancelled. Every protective order is an
 * execution under its own key (entry signal, follower, leg {@code tp<i>@<filled so far>} or {@code trail@…}), and the
 * entry's protected quantity ({@link ProtectedQuantities}) says how much is, so none is placed twice.
 */
@ApplicationScoped
public class ProtectiveOrders {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final StripedLocks ENTRIES = new StripedLocks(1024);
    /** Ended protective orders a position's list keeps before they are taken off in one write. */
    private static final int ENDED_KEPT_LISTED = 10;
    /** Fail point (docs/RELIABILITY.md): an entry filled and booked, its protective orders not yet placed. */
    public static final String PLACING = "protection.placing";

    @Inject
    ExecutionRepository executions;

    @Inject
    ExecutionBatchWrites batchWrites;

    @Inject
    ProtectedQuantities protectedQuantities;

    @Inject
    OrderSubmitter submitter;

    @Inject
    BrokerConnections connections;

    @Inject
    SignalLifecycle signals;

    @Inject
    Subscriptions subscriptions;

    @Inject
    RiskProfiles profiles;

    @Inject
    ProviderPositions positions;

    @Inject
    AlpacaOpenOrders openAlpacaOrders;

    @Inject
    FailPoints failPoints;

    @Inject
    WorkingProtection workingProtection;

    @Inject
    Clock clock;

    /** After the portfolio booked the fill (it observes first). */
    void onFill(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) OrderFilled filled) {
        ExecutionView fill = filled.execution();
        if (filled.withSlice() && protectedInBulk(fill)) {
            return; // the fan-out protects it with the others of its slice (protectAll)
        }
        Optional<BrokerConnection> account = connections.find(fill.brokerConnectionId());
        if (account.isEmpty() || fill.providerId() == null) {
            return;
        }
        if (fill.leg().equals(OrderPlanner.ENTRY_LEG)) {
            protect(fill, account.get());
        } else if (isProtective(fill.leg()) && fill.state() == ExecutionState.FILLED) {
            afterProtectiveFill(fill, account.get());
        } else if (positions.held(fill.userId(), account.get().id(), fill.symbol(), fill.providerId()).isEmpty()) {
            cancelProtection(fill.userId(), fill.providerId(), fill.symbol(), account.get()); // an exit closed it
        }
    }

    /** "Move stop to 152", "stops to break even": the stops of the follower's position from that provider move. */
    public void moveStop(SignalAccepted accepted, String userId, String username, BrokerConnection account) {
        ParsedSignal signal = accepted.signal();
        Optional<HeldPosition> held = positions.held(userId, account.id(), signal.instrument().symbol(), accepted.providerId());
        if (held.isEmpty()) {
            return;
        }
        BigDecimal price = signal.update().action() == UpdateAction.MOVE_STOP_TO_ENTRY ? held.get().averageEntry() : signal.update().price();
        moveStops(userId, accepted.providerId(), held.get().symbol(), account, price, "Stop moved by the provider.");
    }

    /**
     * Before an order that closes the position goes out: its protective orders are cancelled, and for a broker that
     * cancels later (Alpaca) this waits until they are — the broker holds the quantity of working orders and would
     * refuse to sell it a second time.
     */
    public void release(String userId, String providerId, String symbol, BrokerConnection account) {
        cancelProtection(userId, providerId, symbol, account);
    }

    /**
     * {@link #release} for a fan-out slice's exits at once: the lists read in one query, their orders in one, each
     * broker asked to cancel them together, and the cancels recorded in one write per state they were in.
     */
    public void releaseAll(List<Execution> exits, Map<String, BrokerConnection> accountsById) {
        Map<WorkingProtection.Of, List<String>> listed = workingProtection.ofAll(exits.stream()
                .map(exit -> new WorkingProtection.Of(exit.getUserId(), exit.getProviderId(), exit.getSymbol())).collect(Collectors.toSet()));
        if (listed.isEmpty()) {
            return;
        }
        List<Execution> placed = executions.findByIdIn(listed.values().stream().flatMap(List::stream).toList());
        Map<String, Execution> byId = placed.stream().collect(Collectors.toMap(Execution::getId, e -> e, (a, b) -> a));
        listed.forEach((position, ids) -> {
            List<String> ended = ids.stream().map(byId::get).filter(e -> e != null && e.getState().isFinal()).map(Execution::getId).toList();
            if (ended.size() >= ENDED_KEPT_LISTED) {
                workingProtection.takeOff(position.userId(), position.providerId(), position.symbol(), ended);
            }
        });
        Map<BrokerAdapter, Map<String, BrokerConnection>> toCancel = new HashMap<>();
        Map<String, Execution> byClientOrderId = new HashMap<>();
        placed.stream().filter(ProtectiveOrders::working).filter(e -> accountsById.containsKey(e.getBrokerConnectionId())).forEach(e -> {
            BrokerConnection account = accountsById.get(e.getBrokerConnectionId());
            toCancel.computeIfAbsent(connections.adapterFor(account), broker -> new HashMap<>()).put(e.getClientOrderId(), account);
            byClientOrderId.put(e.getClientOrderId(), e);
        });
        Map<ExecutionState, List<Execution>> cancelled = new EnumMap<>(ExecutionState.class);
        toCancel.forEach((broker, orders) -> broker.cancelAll(orders).forEach(clientOrderId -> {
            Execution execution = byClientOrderId.get(clientOrderId);
            cancelled.computeIfAbsent(execution.getState(), state -> new ArrayList<>()).add(execution);
        }));
        cancelled.forEach((working, orders) -> {
            orders.forEach(e -> e.moveTo(ExecutionState.CANCELLED, "Cancelled: the position changed.", clock.instant()));
            batchWrites.saveWhereStill(orders, working); // an order that moved on meanwhile (a fill) keeps its news
            orders.forEach(openAlpacaOrders::track);
        });
    }

    private static boolean working(Execution execution) {
        return execution.getState() == ExecutionState.ACCEPTED || execution.getState() == ExecutionState.PARTIALLY_FILLED;
    }

    /**
     * What this fill added to the entry, protected; {@link ProtectedQuantities} remembers how much is. One report of an entry at a
     * time: two parts reported together would otherwise both count from what was protected before.
     */
    private void protect(ExecutionView entry, BrokerConnection account) {
        synchronized (ENTRIES.lockFor(entry.id())) {
            protectLocked(entry, account);
        }
    }

    private void protectLocked(ExecutionView entry, BrokerConnection account) {
        Optional<Execution> stored = executions.findById(entry.id());
        Optional<ParsedSignal> signal = signals.find(entry.signalId()).map(SignalIntake::parsedOf);
        Optional<HeldPosition> held = positions.held(entry.userId(), account.id(), entry.symbol(), entry.providerId());
        if (stored.isEmpty() || signal.isEmpty() || held.isEmpty()) {
            return;
        }
        BigDecimal alreadyProtected = protectedQuantities.of(entry.id());
        if (entry.filledQuantity().compareTo(alreadyProtected) <= 0) {
            return; // a report repeated or late, or a fill replayed whose protection is placed
        }
        failPoints.reach(PLACING);
        SubscriptionSettings settings = subscriptions.find(entry.communityId(), entry.userId(), entry.providerId())
                .map(Subscription::settings).orElse(SubscriptionSettings.DEFAULTS);
        List<Execution> orders = protectionOf(entry, account, held.get(), signal.get(), alreadyProtected, profiles.of(entry.userId()), settings);
        for (Execution order : orders) {
            workingProtection.add(order.getUserId(), order.getProviderId(), order.getSymbol(), order.getId()); // before it can work at the broker
            submitter.insertAndSend(order, account); // false: placed before (same key), nothing sent
        }
        // A target the market had reached already filled as it was placed, before the others stood: their stops follow now.
        orders.stream().filter(order -> order.getKind() == OrderKind.OCO).map(order -> executions.findById(order.getId())).flatMap(Optional::stream)
                .map(ExecutionView::of).filter(ProtectiveOrders::targetReached).findFirst()
                .ifPresent(first -> afterProtectiveFill(first, account));
        protectedQuantities.raise(entry.id(), entry.filledQuantity());
    }

    /**
     * A fan-out slice's entries that filled whole, protected together once their positions are booked: what they
     * need read in one query per kind, every protective order stored and sent as one batch (as the entries were), the
     * protected quantities raised in one write — instead of a dozen round trips per follower. The per-fill path
     * leaves the entries that came with a slice to it; the same keys make a fill reported twice protected once.
     */
    public void protectAll(List<ExecutionView> entries, Map<String, BrokerConnection> accountsById) {
        List<ExecutionView> filled = entries.stream().filter(ProtectiveOrders::protectedInBulk).toList();
        if (filled.isEmpty()) {
            return;
        }
        Map<String, Optional<ParsedSignal>> signalsById = new HashMap<>();
        filled.forEach(e -> signalsById.computeIfAbsent(e.signalId(), id -> signals.find(id).map(SignalIntake::parsedOf)));
        Map<ProviderPositions.Of, HeldPosition> held = positions.heldExactly(filled.stream().map(ProtectiveOrders::positionOf).toList());
        Map<String, BigDecimal> protectedSoFar = protectedQuantities.of(filled.stream().map(ExecutionView::id).toList());
        Map<String, RiskProfile> profilesByUser = profiles.of(filled.stream().map(ExecutionView::userId).toList());
        Map<String, Subscription> subscriptionsByUser = new HashMap<>();
        filled.stream().collect(Collectors.groupingBy(e -> List.of(e.communityId(), e.providerId()))).forEach((followed, ofProvider) ->
                subscriptionsByUser.putAll(subscriptions.find(followed.get(0), followed.get(1), ofProvider.stream().map(ExecutionView::userId).toList())));
        List<Execution> orders = new ArrayList<>();
        Map<String, BigDecimal> raised = new HashMap<>();
        for (ExecutionView entry : filled) {
            HeldPosition position = held.get(positionOf(entry));
            Optional<ParsedSignal> signal = signalsById.get(entry.signalId());
            BigDecimal already = protectedSoFar.getOrDefault(entry.id(), BigDecimal.ZERO);
            if (position == null || signal.isEmpty() || entry.filledQuantity().compareTo(already) <= 0) {
                continue;
            }
            SubscriptionSettings settings = Optional.ofNullable(subscriptionsByUser.get(entry.userId())).map(Subscription::settings).orElse(SubscriptionSettings.DEFAULTS);
            orders.addAll(protectionOf(entry, accountsById.get(entry.brokerConnectionId()), position, signal.get(), already, profilesByUser.get(entry.userId()),
                    settings));
            raised.put(entry.id(), entry.filledQuantity());
        }
        if (raised.isEmpty()) {
            return;
        }
        failPoints.reach(PLACING);
        workingProtection.addAll(orders); // before they can work at the broker
        submitter.announceAllSent(submitter.insertAndSendAll(orders, accountsById));
        protectedQuantities.raiseAll(raised);
    }

    /** The entries {@link #protectAll} takes: filled whole (one that fills in parts is protected part by part as reported). */
    private static boolean protectedInBulk(ExecutionView entry) {
        return entry.leg().equals(OrderPlanner.ENTRY_LEG) && entry.state() == ExecutionState.FILLED && entry.providerId() != null
                && entry.filledQuantity() != null && entry.filledQuantity().signum() > 0;
    }

    private static ProviderPositions.Of positionOf(ExecutionView entry) {
        return new ProviderPositions.Of(entry.userId(), entry.brokerConnectionId(), entry.symbol(), entry.providerId());
    }

    /** The protective orders (not yet stored) for what the entry's fill adds to what was protected of it. */
    private List<Execution> protectionOf(ExecutionView entry, BrokerConnection account, HeldPosition held, ParsedSignal signal, BigDecimal alreadyProtected,
                                         RiskProfile profile, SubscriptionSettings settings) {
        BigDecimal filled = entry.filledQuantity();
        BigDecimal added = filled.subtract(alreadyProtected);
        BigDecimal price = entry.averageFillPrice();
        boolean long_ = entry.side() == OrderSide.BUY;
        String at = "@" + plain(filled);
        Owner owner = Owner.of(entry);
        List<Execution> orders = new ArrayList<>();
        if (profile.useTrailingStop()) {
            order(new ExecutionKey(entry.signalId(), entry.userId(), "trail" + at), held, owner, account, OrderKind.TRAILING_STOP, added, null,
                    profile.trailingStopPercent(), "Trailing stop " + profile.trailingStopPercent().toPlainString() + " %.").ifPresent(orders::add);
            return orders;
        }
        BigDecimal stopPercent = settings.stopLossPercent() != null ? settings.stopLossPercent() : profile.defaultStopLossPercent();
        BigDecimal stop = signal.stopLoss() != null ? signal.stopLoss() : away(price, stopPercent, !long_);
        BigDecimal targetPercent = settings.takeProfitPercent() != null ? settings.takeProfitPercent() : profile.defaultTakeProfitPercent();
        List<BigDecimal> targets = signal.takeProfits().isEmpty() ? List.of(away(price, targetPercent, long_)) : signal.takeProfits();
        List<BigDecimal> parts = split(added, targets.size(), Instrument.of(entry.symbol()).wholeUnits());
        for (int i = 0; i < parts.size(); i++) {
            order(new ExecutionKey(entry.signalId(), entry.userId(), "tp" + (i + 1) + at), held, owner, account, OrderKind.OCO, parts.get(i), targets.get(i), stop,
                    "Take profit " + (i + 1) + " of " + parts.size() + " with its stop loss " + stop.toPlainString() + ".").ifPresent(orders::add);
        }
        return orders;
    }

    /** A target or a stop filled: the first target may move the other stops to break-even; once flat, the rest goes. */
    private void afterProtectiveFill(ExecutionView fill, BrokerConnection account) {
        Optional<HeldPosition> held = positions.held(fill.userId(), account.id(), fill.symbol(), fill.providerId());
        if (held.isEmpty()) {
            cancelProtection(fill.userId(), fill.providerId(), fill.symbol(), account);
            return;
        }
        if (targetReached(fill) && breakEvenAsked(fill, held.get())) {
            moveStops(fill.userId(), fill.providerId(), fill.symbol(), account, held.get().averageEntry(), "Stop moved to break-even after the first target.");
        }
    }

    /** An OCO that filled at (or beyond) its target, not through its stop. */
    private static boolean targetReached(ExecutionView fill) {
        return fill.state() == ExecutionState.FILLED && fill.kind() == OrderKind.OCO && fill.limitPrice() != null && fill.averageFillPrice() != null
                && (fill.side() == OrderSide.SELL ? fill.averageFillPrice().compareTo(fill.limitPrice()) >= 0
                : fill.averageFillPrice().compareTo(fill.limitPrice()) <= 0);
    }

    private boolean breakEvenAsked(ExecutionView fill, HeldPosition held) {
        boolean bySignal = signals.find(held.entrySignalId()).map(SignalIntake::parsedOf).map(p -> p.flags().contains("BREAK_EVEN")).orElse(false);
        boolean bySubscription = subscriptions.find(fill.communityId(), fill.userId(), fill.providerId())
                .map(s -> s.settings().moveStopToBreakEven()).orElse(false);
        return bySignal || bySubscription;
    }

    /** Every working stop of the position (the stop of each OCO, a plain stop) moves to the price; quantities stay. */
    private void moveStops(String userId, String providerId, String symbol, BrokerConnection account, BigDecimal price, String why) {
        for (Execution order : open(userId, providerId, symbol)) {
            if (order.getKind() == OrderKind.TRAILING_STOP || price.compareTo(order.getStopPrice()) == 0) {
                continue; // a trailing stop follows the market by itself
            }
            if (connections.adapterFor(account).replaceStop(account, order.getClientOrderId(), price)) {
                order.restop(price, why, clock.instant());
                batchWrites.saveIfStill(order, order.getState());
            }
        }
    }

    private void cancelProtection(String userId, String providerId, String symbol, BrokerConnection account) {
        open(userId, providerId, symbol).forEach(e -> cancel(e, account));
    }

    /** Working protective orders of the follower's position from the provider; ended ones are taken off the list ten at a time. */
    private List<Execution> open(String userId, String providerId, String symbol) {
        List<String> listed = workingProtection.of(userId, providerId, symbol);
        if (listed.isEmpty()) {
            return List.of();
        }
        List<Execution> placed = executions.findByIdIn(listed);
        List<String> ended = placed.stream().filter(e -> e.getState().isFinal()).map(Execution::getId).toList();
        if (ended.size() >= ENDED_KEPT_LISTED) {
            workingProtection.takeOff(userId, providerId, symbol, ended); // now and then, not a write before every exit
        }
        return placed.stream().filter(ProtectiveOrders::working).toList();
    }

    static boolean isProtective(String leg) {
        return leg.startsWith("tp") || leg.startsWith("trail") || leg.startsWith("stop");
    }

    private void cancel(Execution execution, BrokerConnection account) {
        ExecutionState working = execution.getState();
        BrokerAdapter broker = connections.adapterFor(account);
        // The paper broker reports the cancel as an event, recorded before it answers; a broker that only answers is
        // recorded here — if the order is still as it was read (a fill meanwhile wins).
        if (!broker.cancel(account, execution.getClientOrderId()) || broker.reportsItsCancels()) {
            return;
        }
        execution.moveTo(ExecutionState.CANCELLED, "Cancelled: the position changed.", clock.instant());
        batchWrites.saveIfStill(execution, working);
        openAlpacaOrders.track(execution);
    }

    /** Whose protective order it is: taken from the fill it protects, never searched for. */
    private record Owner(String username, String communityId, String providerId, String correlationId) {
        static Owner of(ExecutionView fill) {
            return new Owner(fill.username(), fill.communityId(), fill.providerId(), fill.correlationId());
        }
    }

    /** @param limit the target (OCO)  @param stopOrTrail the stop price; the trail percentage for a trailing stop */
    private Optional<Execution> order(ExecutionKey key, HeldPosition held, Owner owner, BrokerConnection account, OrderKind kind, BigDecimal quantity,
                                      BigDecimal limit, BigDecimal stopOrTrail, String reason) {
        if (quantity.signum() <= 0) {
            return Optional.empty();
        }
        OrderSide side = held.quantity().signum() > 0 ? OrderSide.SELL : OrderSide.BUY;
        OrderRequest order = new OrderRequest(key.clientOrderId(), held.symbol(), side, kind, quantity, limit,
                kind == OrderKind.TRAILING_STOP ? null : stopOrTrail, kind == OrderKind.TRAILING_STOP ? stopOrTrail : null);
        Execution protective = new Execution(key, owner.username(), owner.communityId(), owner.providerId(), account, order,
                ExecutionState.PLANNED, reason, "protective", null, clock.instant(), null);
        protective.correlate(owner.correlationId());
        return Optional.of(protective);
    }

    /** Splits a quantity evenly into at most {@code parts} pieces, whole where needed; the last piece takes the remainder. */
    static List<BigDecimal> split(BigDecimal quantity, int parts, boolean wholeUnits) {
        int scale = wholeUnits ? 0 : 6;
        int pieces = wholeUnits ? Math.min(parts, quantity.intValue()) : parts;
        List<BigDecimal> split = new ArrayList<>();
        if (pieces <= 0) {
            return split;
        }
        BigDecimal piece = quantity.divide(BigDecimal.valueOf(pieces), scale, RoundingMode.DOWN);
        for (int i = 0; i < pieces - 1; i++) {
            split.add(piece);
        }
        split.add(quantity.subtract(piece.multiply(BigDecimal.valueOf(pieces - 1))));
        return split;
    }

    /** A price {@code percent} above (up) or below the reference. */
    private static BigDecimal away(BigDecimal price, BigDecimal percent, boolean up) {
        BigDecimal distance = price.multiply(percent).divide(HUNDRED, 8, RoundingMode.HALF_UP);
        return (up ? price.add(distance) : price.subtract(distance)).stripTrailingZeros();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
