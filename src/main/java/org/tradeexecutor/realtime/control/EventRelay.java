package org.tradeexecutor.realtime.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.tradeexecutor.communities.entity.MemberJoined;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.execution.entity.ExecutionView;
import org.tradeexecutor.execution.entity.OrderFilled;
import org.tradeexecutor.execution.entity.OrderRejected;
import org.tradeexecutor.execution.entity.OrderSubmitted;
import org.tradeexecutor.execution.entity.SliceFilled;
import org.tradeexecutor.portfolio.entity.PortfolioChanged;
import org.tradeexecutor.portfolio.entity.PositionClosed;
import org.tradeexecutor.portfolio.entity.PositionOpened;
import org.tradeexecutor.realtime.entity.MemberActivity;
import org.tradeexecutor.realtime.entity.Topic;
import org.tradeexecutor.signals.entity.SignalAccepted;
import org.tradeexecutor.signals.entity.SignalRefused;

import java.util.Map;

/**
 * Turns what the application announces (CDI events) into messages for the clients that listen (PRODUCT R3).
 * Producers know nothing of WebSocket. Each observer only queues: it never waits for a client.
 */
@ApplicationScoped
public class EventRelay {

    @Inject
    ConnectedClients clients;

    @Inject
    PortfolioUpdates portfolioUpdates;

    void submitted(@Observes OrderSubmitted submitted) {
        trade("trade.submitted", submitted.execution());
    }

    void filled(@Observes @Priority(Interceptor.Priority.APPLICATION + 150) OrderFilled filled) {
        if (!filled.replayed() && !filled.withSlice()) {
            trade(fillType(filled.execution()), filled.execution());
        }
    }

    /**
     * A fan-out slice's fills go to their traders before anything else of the slice's follow-up (positions, notices,
     * protective orders) is written: the fill is what a copy-trader waits for. Their {@code trade.submitted} follows
     * with the other outcomes (the pages read the order's state, not the order of messages).
     */
    void sliceFilled(@Observes @Priority(Interceptor.Priority.APPLICATION) SliceFilled slice) {
        slice.fills().forEach(fill -> trade(fillType(fill), fill));
    }

    private static String fillType(ExecutionView execution) {
        return execution.state() == ExecutionState.FILLED ? "trade.filled" : "trade.partially_filled";
    }

    /** The toasts of fills, failures and rejections are notifications: they obey the trader's preferences (notifications component). */
    void rejected(@Observes OrderRejected rejected) {
        ExecutionView execution = rejected.execution();
        trade(execution.state() == ExecutionState.RISK_REJECTED ? "trade.rejected" : "trade.failed", execution);
    }

    void opened(@Observes PositionOpened opened) {
        clients.toUser(opened.userId(), Topic.TRADES, "position.opened", opened);
    }

    void closed(@Observes PositionClosed closed) {
        clients.toUser(closed.userId(), Topic.TRADES, "position.closed", closed);
    }

    void portfolio(@Observes PortfolioChanged changed) {
        portfolioUpdates.changed(changed.userId());
    }

    void signal(@Observes SignalAccepted accepted) {
        clients.toCommunity(accepted.communityId(), "signal.received", Map.of("signalId", accepted.signalId(), "providerId", accepted.providerId(),
                "symbol", String.valueOf(accepted.signal().symbol()), "kind", accepted.signal().kind().name()));
    }

    /** The hosts hear at once that their settings or plan stopped a signal (it is on the signals page too). */
    void refused(@Observes SignalRefused refused) {
        clients.toCommunity(refused.communityId(), "signal.refused", refused);
    }

    void joined(@Observes MemberJoined joined) {
        clients.toCommunity(joined.communityId(), "member.joined", joined);
    }

    /** The trader hears everything of their order; the hosts what happened, not the trader's money. */
    private void trade(String type, ExecutionView execution) {
        clients.toUser(execution.userId(), Topic.TRADES, type, execution);
        clients.toCommunity(execution.communityId(), type, MemberActivity.of(execution));
    }
}
