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
import java.util.List;
import java.util.Optional;

/**
 * Stop loss and take profits around a filled entry (PRODUCT X7). When the entry fills: one stop (the signal's, else the
 * default distance; a trailing stop when the profile asks for one) for the whole quantity and one limit per target
 * with the quantity split evenly (whole units where the asset needs them). When a target fills the stop is replaced
 * for what is left — at the entry price after the first target when the signal ("move stop to break even") or the
 * subscription says so; when the stop fills or nothing is left, the other protective orders are cancelled. Move-stop
 * messages replace the stop of the follower's position from that provider. Every protective order is an execution
 * under its own key, so none is placed twice.
 */
@ApplicationScoped
public class ProtectiveOrders {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    ExecutionRepository executions;

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
    Clock clock;

    /** After the portfolio booked the fill (it observes first). */
    void onFill(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) OrderFilled filled) {
        ExecutionView fill = filled.execution();
        Optional<BrokerConnection> account = connections.find(fill.brokerConnectionId());
        if (account.isEmpty() || fill.providerId() == null) {
            return;
        }
        if (fill.leg().equals(OrderPlanner.ENTRY_LEG)) {
            protect(fill, account.get());
        } else if (fill.leg().startsWith("stop")) {
            cancelProtection(fill.userId(), fill.providerId(), fill.symbol(), account.get());
        } else {
            resize(fill, account.get());
        }
    }

    /** "Move stop to 152", "stops to break even": the follower's stop for that provider's position moves. */
    public void moveStop(SignalAccepted accepted, String userId, String username, BrokerConnection account) {
        ParsedSignal signal = accepted.signal();
        Optional<HeldPosition> held = positions.held(userId, account.id(), signal.instrument().symbol(), accepted.providerId());
        ExecutionKey key = new ExecutionKey(accepted.signalId(), userId, "stop");
        if (held.isEmpty() || executions.findById(key.id()).isPresent()) {
            return;
        }
        BigDecimal price = signal.update().action() == UpdateAction.MOVE_STOP_TO_ENTRY ? held.get().averageEntry() : signal.update().price();
        List<Execution> stops = open(userId, accepted.providerId(), held.get().symbol()).stream().filter(e -> e.getLeg().startsWith("stop")).toList();
        stops.forEach(stop -> cancel(stop, account));
        Owner owner = new Owner(username, accepted.communityId(), accepted.providerId());
        place(key, held.get(), owner, account, OrderKind.STOP, held.get().quantity().abs(), price, "Stop moved by the provider.");
    }

    private void protect(ExecutionView entry, BrokerConnection account) {
        Optional<ParsedSignal> signal = signals.find(entry.signalId()).map(SignalIntake::parsedOf);
        Optional<HeldPosition> held = positions.held(entry.userId(), account.id(), entry.symbol(), entry.providerId());
        if (signal.isEmpty() || held.isEmpty()) {
            return;
        }
        RiskProfile profile = profiles.of(entry.userId());
        SubscriptionSettings settings = subscriptions.find(entry.communityId(), entry.userId(), entry.providerId())
                .map(Subscription::settings).orElse(SubscriptionSettings.DEFAULTS);
        BigDecimal price = entry.averageFillPrice();
        boolean long_ = entry.side() == OrderSide.BUY;
        BigDecimal stopPercent = settings.stopLossPercent() != null ? settings.stopLossPercent() : profile.defaultStopLossPercent();
        BigDecimal stop = signal.get().stopLoss() != null ? signal.get().stopLoss() : away(price, stopPercent, !long_);
        BigDecimal targetPercent = settings.takeProfitPercent() != null ? settings.takeProfitPercent() : profile.defaultTakeProfitPercent();
        List<BigDecimal> targets = signal.get().takeProfits().isEmpty() ? List.of(away(price, targetPercent, long_)) : signal.get().takeProfits();
        BigDecimal quantity = entry.filledQuantity();
        ExecutionKey stopKey = new ExecutionKey(entry.signalId(), entry.userId(), "stop");
        if (profile.useTrailingStop()) {
            place(stopKey, held.get(), Owner.of(entry), account, OrderKind.TRAILING_STOP, quantity, profile.trailingStopPercent(),
                    "Trailing stop " + profile.trailingStopPercent().toPlainString() + " %.");
        } else {
            place(stopKey, held.get(), Owner.of(entry), account, OrderKind.STOP, quantity, stop, "Stop loss.");
        }
        List<BigDecimal> parts = split(quantity, targets.size(), Instrument.of(entry.symbol()).wholeUnits());
        for (int i = 0; i < parts.size(); i++) {
            place(new ExecutionKey(entry.signalId(), entry.userId(), "tp" + (i + 1)), held.get(), Owner.of(entry), account, OrderKind.LIMIT, parts.get(i),
                    targets.get(i), "Take profit " + (i + 1) + " of " + parts.size() + ".");
        }
    }

    /** A target or an exit filled: the stop follows what is left, at break-even after the first target when asked. */
    private void resize(ExecutionView fill, BrokerConnection account) {
        Optional<HeldPosition> held = positions.held(fill.userId(), account.id(), fill.symbol(), fill.providerId());
        if (held.isEmpty()) {
            cancelProtection(fill.userId(), fill.providerId(), fill.symbol(), account);
            return;
        }
        List<Execution> stops = open(fill.userId(), fill.providerId(), fill.symbol()).stream().filter(e -> e.getLeg().startsWith("stop")).toList();
        if (stops.isEmpty()) {
            return;
        }
        ExecutionKey key = new ExecutionKey(fill.signalId(), fill.userId(), "stop-after-" + fill.leg());
        if (executions.findById(key.id()).isPresent()) {
            return;
        }
        Execution stop = stops.get(0);
        boolean breakEven = fill.leg().equals("tp1") && breakEvenAsked(fill, held.get());
        stops.forEach(s -> cancel(s, account));
        BigDecimal price = breakEven ? held.get().averageEntry() : stop.order().stopPrice();
        place(key, held.get(), Owner.of(stop), account,
                stop.getKind(), held.get().quantity().abs(), stop.getKind() == OrderKind.TRAILING_STOP ? stop.order().trailPercent() : price,
                breakEven ? "Stop moved to break-even after the first target." : "Stop resized to what is left.");
    }

    private boolean breakEvenAsked(ExecutionView fill, HeldPosition held) {
        boolean bySignal = signals.find(held.entrySignalId()).map(SignalIntake::parsedOf).map(p -> p.flags().contains("BREAK_EVEN")).orElse(false);
        boolean bySubscription = subscriptions.find(fill.communityId(), fill.userId(), fill.providerId())
                .map(s -> s.settings().moveStopToBreakEven()).orElse(false);
        return bySignal || bySubscription;
    }

    private void cancelProtection(String userId, String providerId, String symbol, BrokerConnection account) {
        open(userId, providerId, symbol).forEach(e -> cancel(e, account));
    }

    /** Resting protective orders of the follower's position from the provider. */
    private List<Execution> open(String userId, String providerId, String symbol) {
        return executions.findByUserId(userId).stream()
                .filter(e -> providerId.equals(e.getProviderId()) && symbol.equals(e.getSymbol()))
                .filter(e -> e.getLeg().startsWith("stop") || e.getLeg().startsWith("tp"))
                .filter(e -> e.getState() == ExecutionState.ACCEPTED || e.getState() == ExecutionState.PARTIALLY_FILLED)
                .toList();
    }

    private void cancel(Execution execution, BrokerConnection account) {
        boolean cancelled = connections.adapterFor(account).cancel(account, execution.getClientOrderId());
        // The paper broker reports the cancel as an event; a broker that only answers is recorded here.
        executions.findById(execution.getId()).filter(e -> cancelled && !e.getState().isFinal()).ifPresent(e -> {
            e.moveTo(ExecutionState.CANCELLED, "Cancelled: the position changed.", clock.instant());
            executions.save(e);
        });
    }

    /** Whose protective order it is: taken from the fill or the order it replaces, never searched for. */
    private record Owner(String username, String communityId, String providerId) {
        static Owner of(ExecutionView fill) {
            return new Owner(fill.username(), fill.communityId(), fill.providerId());
        }

        static Owner of(Execution execution) {
            return new Owner(execution.getUsername(), execution.getCommunityId(), execution.getProviderId());
        }
    }

    /** @param priceOrTrail the stop or limit price; the trail percentage for a trailing stop */
    private void place(ExecutionKey key, HeldPosition held, Owner owner, BrokerConnection account, OrderKind kind, BigDecimal quantity,
                       BigDecimal priceOrTrail, String reason) {
        if (quantity.signum() <= 0) {
            return;
        }
        // A fill while this runs (a target that filled at once) may have closed the position already.
        Optional<HeldPosition> now = positions.held(key.userId(), account.id(), held.symbol(), owner.providerId());
        if (now.isEmpty()) {
            return;
        }
        quantity = quantity.min(now.get().quantity().abs());
        OrderSide side = held.quantity().signum() > 0 ? OrderSide.SELL : OrderSide.BUY;
        OrderRequest order = new OrderRequest(key.clientOrderId(), held.symbol(), side, kind, quantity, kind == OrderKind.LIMIT ? priceOrTrail : null,
                kind == OrderKind.STOP ? priceOrTrail : null, kind == OrderKind.TRAILING_STOP ? priceOrTrail : null);
        Execution protective = new Execution(key, owner.username(), owner.communityId(), owner.providerId(), account, order,
                ExecutionState.PLANNED, reason, "protective", null, clock.instant(), null);
        submitter.insertAndSend(protective, account); // false: placed before (same key), nothing sent
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
}
