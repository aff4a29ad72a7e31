package org.tradeexecutor.execution.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.MoneyAsDecimal128;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One order of one follower for one signal (PRODUCT X4). The id is the execution key {@code signalId|userId|leg}: it is
 * inserted before anything is sent, and the store's unique id refuses a second one, so a signal replayed after a crash
 * or delivered twice plans nothing twice. The client order id is derived from the id.
 */
@Entity("executions")
public class Execution {

    @Id
    private String id;
    @Column
    private String signalId;
    @Column
    private String userId;
    @Column
    private String username;
    @Column
    private String leg;
    /** The signal's correlation id (or the request's, for an order placed by hand): on the log lines of its work. */
    @Column
    private String correlationId;
    @Column
    private String communityId;
    @Column
    private String providerId;
    @Column
    private String brokerConnectionId;
    @Column
    private BrokerKind broker;
    @Column
    private String clientOrderId;
    @Column
    private String symbol;
    @Column
    private OrderSide side;
    @Column
    private OrderKind kind;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal quantity;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal limitPrice;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal stopPrice;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal trailPercent;
    @Column
    private ExecutionState state;
    /** Why it was rejected, adjusted or failed; the sizing explanation otherwise. */
    @Column
    private String reason;
    @Column
    private String riskRule;
    @Column
    private String brokerOrderId;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal filledQuantity;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal averageFillPrice;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal fees;
    @Column
    @Convert(InstantAsDate.class)
    private Instant signalReceivedAt;
    @Column
    @Convert(InstantAsDate.class)
    private Instant createdAt;
    @Column
    @Convert(InstantAsDate.class)
    private Instant submittedAt;
    /** When the order, stored, was handed to the broker: the end of "signal → order" (the broker's own time is not ours). */
    @Column
    @Convert(InstantAsDate.class)
    private Instant sentAt;
    @Column
    @Convert(InstantAsDate.class)
    private Instant updatedAt;
    @Column
    @Convert(InstantAsDate.class)
    private Instant expiresAt;
    /** A fill whose follow-up (position booked, protective orders placed) has run; recovery replays fills without it. */
    @Column
    private boolean followedUp;

    public Execution() {
    }

    /** @param key the execution key; the first state is PLANNED, AWAITING_CONFIRMATION or RISK_REJECTED */
    public Execution(ExecutionKey key, String username, String communityId, String providerId, BrokerConnection account,
                     OrderRequest order, ExecutionState state, String reason, String riskRule, Instant signalReceivedAt, Instant now,
                     Instant expiresAt) {
        this.id = key.id();
        this.signalId = key.signalId();
        this.userId = key.userId();
        this.leg = key.leg();
        this.username = username;
        this.communityId = communityId;
        this.providerId = providerId;
        this.brokerConnectionId = account.id();
        this.broker = account.kind();
        this.clientOrderId = key.clientOrderId();
        this.symbol = order.symbol();
        this.side = order.side();
        this.kind = order.kind();
        this.quantity = order.quantity();
        this.limitPrice = order.limitPrice();
        this.stopPrice = order.stopPrice();
        this.trailPercent = order.trailPercent();
        this.state = state;
        this.reason = reason;
        this.riskRule = riskRule;
        this.filledQuantity = BigDecimal.ZERO;
        this.fees = BigDecimal.ZERO;
        this.signalReceivedAt = signalReceivedAt;
        this.createdAt = now;
        this.updatedAt = now;
        this.expiresAt = expiresAt;
    }

    /** Moves to the next state; a move the state machine does not allow is a bug, not a broker answer. */
    public void moveTo(ExecutionState next, String why, Instant when) {
        if (next == state) {
            return;
        }
        if (!next.canFollow(state)) {
            throw new IllegalStateException("Execution " + id + " cannot go from " + state + " to " + next);
        }
        if (next == ExecutionState.SUBMITTED) {
            submittedAt = when;
        }
        state = next;
        if (why != null) {
            reason = why;
        }
        updatedAt = when;
    }

    /** A working stop moved (the provider, break-even): the order keeps its quantity. */
    public void restop(BigDecimal price, String why, Instant when) {
        stopPrice = price;
        reason = why;
        updatedAt = when;
    }

    /** Says why it stays where it is (a state it is in already), for the trader and the hosts. */
    public void explain(String why, Instant when) {
        reason = why;
        updatedAt = when;
    }

    /** Handed to the broker now, after it was stored. */
    public void sent(Instant when) {
        sentAt = when;
    }

    /** Takes the broker's view of the order. */
    public void record(BrokerOrder order, Instant when) {
        moveTo(order.status().asExecutionState(), order.reason(), when);
        brokerOrderId = order.brokerOrderId();
        filledQuantity = order.filledQuantity();
        averageFillPrice = order.averageFillPrice();
        fees = order.fees();
    }

    /** The order as it goes to the broker. */
    public OrderRequest order() {
        return new OrderRequest(clientOrderId, symbol, side, kind, quantity, limitPrice, stopPrice, trailPercent);
    }

    public String getId() { return id; }
    public String getSignalId() { return signalId; }
    public String getUserId() { return userId; }
    public String getUsername() { return username; }
    public String getLeg() { return leg; }
    public String getCorrelationId() { return correlationId; }
    public void correlate(String correlationId) { this.correlationId = correlationId; }
    public String getCommunityId() { return communityId; }
    public String getProviderId() { return providerId; }
    public String getBrokerConnectionId() { return brokerConnectionId; }
    public BrokerKind getBroker() { return broker; }
    public String getClientOrderId() { return clientOrderId; }
    public String getSymbol() { return symbol; }
    public OrderSide getSide() { return side; }
    public OrderKind getKind() { return kind; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getLimitPrice() { return limitPrice; }
    public BigDecimal getStopPrice() { return stopPrice; }
    public ExecutionState getState() { return state; }
    public String getReason() { return reason; }
    public String getRiskRule() { return riskRule; }
    public String getBrokerOrderId() { return brokerOrderId; }
    public BigDecimal getFilledQuantity() { return filledQuantity; }
    public BigDecimal getAverageFillPrice() { return averageFillPrice; }
    public BigDecimal getFees() { return fees; }
    public Instant getSignalReceivedAt() { return signalReceivedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getSentAt() { return sentAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public boolean isFollowedUp() { return followedUp; }
}
