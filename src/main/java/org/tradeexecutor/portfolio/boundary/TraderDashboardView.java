package org.tradeexecutor.portfolio.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.communities.entity.MemberAction;
import org.tradeexecutor.communities.entity.ActionRefused;
import org.tradeexecutor.execution.control.BrokerConnections;
import org.tradeexecutor.execution.control.Confirmations;
import org.tradeexecutor.execution.control.TraderOrders;
import org.tradeexecutor.execution.entity.AccountView;
import org.tradeexecutor.execution.entity.ExecutionState;
import org.tradeexecutor.execution.entity.ExecutionView;
import org.tradeexecutor.platform.boundary.PageMessages;
import org.tradeexecutor.portfolio.control.TraderPositions;
import org.tradeexecutor.portfolio.entity.PositionView;
import org.tradeexecutor.quotes.control.Watchlists;
import org.tradeexecutor.quotes.entity.WatchedQuote;
import org.tradeexecutor.risk.control.RiskProfiles;
import org.tradeexecutor.risk.entity.BreakerState;
import org.tradeexecutor.risk.entity.CircuitBreaker;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.entity.Provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.tradeexecutor.platform.boundary.PageMessages.error;
import static org.tradeexecutor.platform.boundary.PageMessages.info;

/**
 * Backing bean of dashboard/trader.xhtml: the trader's primary account, circuit breaker, orders waiting for a
 * confirmation, open positions (with a close button) and recent orders with the reason of each decision. Everything is
 * read from the database and the broker once per request.
 */
@Named
@RequestScoped
public class TraderDashboardView {

    private static final int RECENT_ORDERS = 20;

    @Inject
    CurrentUser currentUser;

    @Inject
    BrokerConnections connections;

    @Inject
    TraderOrders orders;

    @Inject
    Confirmations confirmations;

    @Inject
    TraderPositions positions;

    @Inject
    RiskProfiles riskProfiles;

    @Inject
    Providers providers;

    @Inject
    Watchlists watchlists;

    private AccountView account;
    private List<PositionView> openPositions;
    private List<ExecutionView> awaiting;
    private List<ExecutionView> recent;
    private Map<String, String> providerNames;
    private Optional<CircuitBreaker> breaker;
    private List<WatchedQuote> watched;
    private String newSymbol;

    public AccountView getAccount() {
        if (account == null) {
            account = connections.accountOf(userId());
        }
        return account;
    }

    public List<PositionView> getPositions() {
        if (openPositions == null) {
            openPositions = positions.open(userId());
        }
        return openPositions;
    }

    public List<ExecutionView> getAwaitingConfirmation() {
        if (awaiting == null) {
            awaiting = orders.awaitingConfirmation(userId());
        }
        return awaiting;
    }

    public List<ExecutionView> getRecentOrders() {
        if (recent == null) {
            recent = orders.recent(userId(), 0, RECENT_ORDERS);
        }
        return recent;
    }

    public List<WatchedQuote> getWatchlist() {
        if (watched == null) {
            watched = watchlists.quoted(userId());
        }
        return watched;
    }

    /** The watched symbols, comma-separated, for the page's live quotes. */
    public String getWatchedSymbols() {
        return String.join(",", getWatchlist().stream().map(WatchedQuote::symbol).toList());
    }

    public void addToWatchlist() {
        watchlists.add(userId(), newSymbol).ifPresentOrElse(PageMessages::error, () -> newSymbol = null);
        watched = null;
    }

    public void removeFromWatchlist(String symbol) {
        watchlists.remove(userId(), symbol);
        watched = null;
    }

    public String getNewSymbol() {
        return newSymbol;
    }

    public void setNewSymbol(String newSymbol) {
        this.newSymbol = newSymbol;
    }

    public boolean isNewcomer() {
        return getPositions().isEmpty() && getRecentOrders().isEmpty();
    }

    public BreakerState getBreakerState() {
        return breaker().map(CircuitBreaker::state).orElse(BreakerState.ACTIVE);
    }

    /** Why the breaker tripped, while it is not ACTIVE. */
    public String getBreakerReason() {
        return breaker().filter(b -> b.state() != BreakerState.ACTIVE).map(CircuitBreaker::reason).orElse(null);
    }

    private Optional<CircuitBreaker> breaker() {
        if (breaker == null) {
            breaker = riskProfiles.breakerOf(userId());
        }
        return breaker;
    }

    /** The provider's name in the active community, or its id when it was removed. */
    public String providerName(String providerId) {
        if (providerNames == null) {
            providerNames = currentUser.require().activeCommunityId().map(providers::of).orElse(List.of()).stream()
                    .collect(Collectors.toMap(Provider::getId, Provider::getName, (a, b) -> a));
        }
        return providerId == null ? "by hand" : providerNames.getOrDefault(providerId, providerId);
    }

    /** Whether the trader may open positions in that community now: a suspended member may only reduce (the page hides Confirm). */
    public boolean mayTrade(String communityId) {
        return currentUser.require().memberships().stream().filter(m -> m.communityId().equals(communityId)).findFirst()
                .map(m -> m.refusal(MemberAction.TRADE).isEmpty()).orElse(false);
    }

    public void confirm(String executionId) {
        answer(executionId, true);
    }

    public void decline(String executionId) {
        answer(executionId, false);
    }

    public void close(String positionId) {
        Optional<TraderPositions.Closing> closing;
        try {
            closing = positions.close(userId(), positionId);
        } catch (ActionRefused e) {
            error(e.getMessage());
            return;
        }
        if (closing.isEmpty()) {
            error("That position is no longer open.");
        } else if (closing.get().order().isEmpty()) {
            error("The position's broker account was removed.");
        } else {
            ExecutionView order = closing.get().order().get();
            report(order, "Closing " + order.symbol() + ": " + describe(order.state()) + ".");
        }
        forgetReads();
    }

    private void answer(String executionId, boolean confirmed) {
        Optional<ExecutionView> answered;
        try {
            answered = confirmations.answer(userId(), executionId, confirmed).map(ExecutionView::of);
        } catch (ActionRefused e) {
            error(e.getMessage());
            return;
        }
        if (answered.isEmpty()) {
            error("That order no longer waits for an answer.");
        } else {
            ExecutionView order = answered.get();
            report(order, order.symbol() + " " + order.side().name().toLowerCase() + ": " + describe(order.state()) + ".");
        }
        forgetReads();
    }

    private static void report(ExecutionView order, String message) {
        boolean failed = order.state() == ExecutionState.REJECTED || order.state() == ExecutionState.RISK_REJECTED
                || order.state() == ExecutionState.EXPIRED;
        if (failed) {
            error(message + (order.reason() == null ? "" : " " + order.reason()));
        } else {
            info(message);
        }
    }

    private static String describe(ExecutionState state) {
        return state.name().toLowerCase().replace('_', ' ');
    }

    /** An action changed the account: the page re-reads it when it renders. */
    private void forgetReads() {
        account = null;
        openPositions = null;
        awaiting = null;
        recent = null;
    }

    private String userId() {
        return currentUser.require().id();
    }
}
