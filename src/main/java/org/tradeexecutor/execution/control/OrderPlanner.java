package org.tradeexecutor.execution.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.execution.entity.AccountState;
import org.tradeexecutor.execution.entity.ExecutionKey;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.execution.entity.Follower;
import org.tradeexecutor.execution.entity.HeldPosition;
import org.tradeexecutor.execution.entity.OrderKind;
import org.tradeexecutor.execution.entity.OrderRequest;
import org.tradeexecutor.execution.entity.OrderSide;
import org.tradeexecutor.execution.entity.PlannedOrder;
import org.tradeexecutor.quotes.control.QuoteFeed;
import org.tradeexecutor.quotes.entity.QuoteUnavailableException;
import org.tradeexecutor.risk.control.PositionSizer;
import org.tradeexecutor.risk.control.RiskGate;
import org.tradeexecutor.risk.control.RiskProfiles;
import org.tradeexecutor.risk.entity.OrderIntent;
import org.tradeexecutor.risk.control.ProviderRecordLookup;
import org.tradeexecutor.risk.entity.ProviderRecord;
import org.tradeexecutor.risk.entity.RiskContext;
import org.tradeexecutor.risk.entity.RiskDecision;
import org.tradeexecutor.risk.entity.RiskProfile;
import org.tradeexecutor.risk.entity.SizingMode;
import org.tradeexecutor.risk.entity.SizingRequest;
import org.tradeexecutor.risk.entity.SizingResult;
import org.tradeexecutor.risk.entity.TradingHours;
import org.tradeexecutor.risk.entity.SizingRule;
import org.tradeexecutor.signals.entity.AssetClass;
import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.Instrument;
import org.tradeexecutor.signals.entity.OrderType;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.SignalKind;
import org.tradeexecutor.signals.entity.UpdateAction;
import org.tradeexecutor.subscriptions.entity.SubscriptionSettings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Turns a signal into one follower's order (PRODUCT X1–X3): an entry sized by the subscription's override or the
 * trader's risk profile and passed through the risk gate; an exit or a close of part of the position the follower
 * holds in the symbol. Market orders are sized from the current quote. Management messages that move stops wait for
 * protective orders; they plan nothing yet.
 */
@ApplicationScoped
public class OrderPlanner {

    static final String ENTRY_LEG = "entry";
    static final String EXIT_LEG = "exit";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    RiskProfiles riskProfiles;

    @Inject
    QuoteFeed quotes;

    @Inject
    ProviderPositions providerPositions;

    @Inject
    ProviderRecordLookup providerRecords;

    @Inject
    Clock clock;

    /** @return the follower's order, or empty when the signal asks nothing of this follower (an exit without a position) */
    public Optional<PlannedOrder> plan(ParsedSignal signal, String providerId, SubscriptionSettings settings, boolean autoExecute, Follower follower,
                                       TradingHours communityHours) {
        if (signal.symbol() == null) {
            return Optional.empty();
        }
        if (signal.kind() == SignalKind.ENTRY) {
            return Optional.of(entry(signal, providerId, settings, autoExecute, follower, communityHours));
        }
        UpdateAction action = signal.update() == null ? null : signal.update().action();
        if (signal.kind() == SignalKind.EXIT || action == UpdateAction.CLOSE || action == UpdateAction.CLOSE_PARTIAL) {
            return exit(signal, providerId, autoExecute, follower);
        }
        return Optional.empty();
    }

    /** The execution key of a signal's order for a follower; the leg follows from the signal's kind. */
    public static ExecutionKey keyOf(String signalId, String userId, ParsedSignal signal) {
        return new ExecutionKey(signalId, userId, signal.kind() == SignalKind.ENTRY ? ENTRY_LEG : EXIT_LEG);
    }

    private PlannedOrder entry(ParsedSignal signal, String providerId, SubscriptionSettings settings, boolean autoExecute, Follower follower,
                               TradingHours communityHours) {
        RiskProfile profile = follower.profile();
        Instrument instrument = signal.instrument();
        boolean option = instrument.assetClass() == AssetClass.OPTION;
        String symbol = instrument.symbol();
        OrderSide side = signal.direction() == Direction.SHORT ? OrderSide.SELL : OrderSide.BUY;
        BigDecimal limit = limitPrice(signal);
        quotes.hint(symbol, limit);
        if (option && limit == null) {
            return refused(ENTRY_LEG, symbol, side, "An option order needs a premium price (\"@ 1.45\") to be sized.");
        }
        BigDecimal price;
        try {
            price = limit != null ? limit : side == OrderSide.BUY ? quotes.quote(symbol).ask() : quotes.quote(symbol).bid();
        } catch (QuoteUnavailableException e) {
            return refused(ENTRY_LEG, symbol, side, e.getMessage() + " A market order is not sized without one.");
        }
        if (limit == null && signal.stopLoss() != null && (side == OrderSide.BUY ? signal.stopLoss().compareTo(price) >= 0 : signal.stopLoss().compareTo(price) <= 0)) {
            // The parser checks a stop against a written entry; a market entry's price is only known now.
            return refused(ENTRY_LEG, symbol, side, "The stop loss " + signal.stopLoss().toPlainString() + " is on the wrong side of the market price "
                    + price.toPlainString() + " for a " + (side == OrderSide.BUY ? "buy" : "sell") + ": it would trigger at once.");
        }
        BigDecimal stop = signal.stopLoss() != null ? signal.stopLoss() : defaultStop(price, side, settings, profile);
        SizingRule rule = settings.sizing() != null ? settings.sizing()
                : signal.sizePercent() != null ? new SizingRule(SizingMode.PERCENT_OF_EQUITY, signal.sizePercent()) : profile.sizingRule();
        BigDecimal leverage = signal.leverage() == null ? BigDecimal.ONE
                : settings.leverageCap() == null ? signal.leverage() : signal.leverage().min(settings.leverageCap());
        AccountState state = follower.accountState();
        var snapshot = state.snapshot();
        ProviderRecord record = rule.mode() == SizingMode.KELLY ? providerRecords.of(providerId) : ProviderRecord.NONE;
        SizingResult size = PositionSizer.size(new SizingRequest(rule, snapshot.equity(), price, stop,
                settings.copyMultiplier(), instrument.multiplier(), instrument.wholeUnits(), record, profile.kellyFallback()));
        if (!size.orderable()) {
            return refused(ENTRY_LEG, symbol, side, size.explanation());
        }
        RiskDecision decision = RiskGate.check(new OrderIntent(symbol, size.quantity(), instrument.value(BigDecimal.ONE, price),
                false, leverage, instrument.wholeUnits()), new RiskContext(profile, snapshot, state.positions(), state.dailyPnl(),
                follower.breaker(), clock.instant(), communityHours));
        if (decision.tripsBreaker()) {
            riskProfiles.trip(follower.userId(), decision.reason());
        }
        OrderKind kind = signal.orderType() == OrderType.MARKET ? OrderKind.MARKET : signal.orderType() == OrderType.STOP ? OrderKind.STOP : OrderKind.LIMIT;
        OrderRequest order = new OrderRequest(null, symbol, side, kind, decision.quantity(), kind == OrderKind.LIMIT ? limit : null,
                kind == OrderKind.STOP ? limit : null, null);
        if (!decision.allowed()) {
            return new PlannedOrder(ENTRY_LEG, order, ExecutionState.RISK_REJECTED, decision.reason(), decision);
        }
        String reason = decision.rule().equals("ok") ? "Sized: " + size.explanation() + "." : decision.reason();
        return new PlannedOrder(ENTRY_LEG, order, autoExecute ? ExecutionState.PLANNED : ExecutionState.AWAITING_CONFIRMATION, reason, decision,
                instrument.value(decision.quantity(), price));
    }

    /**
     * Closes all or part of the follower's position from this provider — in the option contract the signal names, or
     * the one it holds on the underlying ("STC MSFT", "close MSFT"); a follower without one is not asked anything.
     */
    private Optional<PlannedOrder> exit(ParsedSignal signal, String providerId, boolean autoExecute, Follower follower) {
        Optional<HeldPosition> held = providerPositions.held(follower.userId(), follower.account().id(), signal.instrument().symbol(), providerId);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        HeldPosition position = held.get();
        Instrument instrument = Instrument.of(position.symbol());
        boolean partial = signal.update() != null && signal.update().action() == UpdateAction.CLOSE_PARTIAL && signal.sizePercent() != null;
        BigDecimal quantity = position.quantity().abs();
        if (partial) {
            boolean wholeUnits = instrument.wholeUnits();
            quantity = quantity.multiply(signal.sizePercent()).divide(HUNDRED, wholeUnits ? 0 : 6, RoundingMode.DOWN).max(wholeUnits ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        OrderSide side = position.quantity().signum() > 0 ? OrderSide.SELL : OrderSide.BUY;
        OrderRequest order = new OrderRequest(null, position.symbol(), side, OrderKind.MARKET, quantity, null, null, null);
        RiskDecision decision = RiskGate.check(new OrderIntent(position.symbol(), quantity, instrument.value(BigDecimal.ONE, position.averageEntry()), true,
                BigDecimal.ONE, instrument.wholeUnits()),
                new RiskContext(follower.profile(), follower.accountState().snapshot(), List.of(), BigDecimal.ZERO, follower.breaker(),
                        clock.instant()));
        if (!decision.allowed()) {
            return Optional.of(new PlannedOrder(EXIT_LEG, order, ExecutionState.RISK_REJECTED, decision.reason(), decision));
        }
        String reason = partial ? "Closes " + signal.sizePercent().toPlainString() + " % of the position." : "Closes the position.";
        return Optional.of(new PlannedOrder(EXIT_LEG, order, autoExecute ? ExecutionState.PLANNED : ExecutionState.AWAITING_CONFIRMATION, reason, decision));
    }

    /** A limit at the entry; for a zone, its far side (a buy pays at most the top, a sell gets at least the bottom). */
    private static BigDecimal limitPrice(ParsedSignal signal) {
        if (signal.entry() != null) {
            return signal.entry();
        }
        if (signal.entryRange() != null) {
            return signal.direction() == Direction.SHORT ? signal.entryRange().low() : signal.entryRange().high();
        }
        return null;
    }

    private static BigDecimal defaultStop(BigDecimal price, OrderSide side, SubscriptionSettings settings, RiskProfile profile) {
        BigDecimal percent = settings.stopLossPercent() != null ? settings.stopLossPercent() : profile.defaultStopLossPercent();
        BigDecimal distance = price.multiply(percent).divide(HUNDRED, 8, RoundingMode.HALF_UP);
        return side == OrderSide.BUY ? price.subtract(distance) : price.add(distance);
    }

    private static PlannedOrder refused(String leg, String symbol, OrderSide side, String reason) {
        return new PlannedOrder(leg, new OrderRequest(null, symbol, side, OrderKind.MARKET, BigDecimal.ZERO, null, null, null),
                ExecutionState.RISK_REJECTED, reason, null);
    }
}
