package org.tradeexecutor.portfolio.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.execution.entity.Holding;
import org.tradeexecutor.platform.entity.InstantAsDate;
import org.tradeexecutor.platform.entity.MoneyAsDecimal128;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a trader holds of one symbol from one provider on one broker account (PRODUCT X8); the id is that key. Fills
 * move it; when it returns to zero the round trip becomes a {@link Trade} and the position is CLOSED until the next
 * entry opens it again.
 */
@Entity("positions")
public class Position {

    private static final int BOOKED_FILLS_KEPT = 200;

    @Id
    private String id;
    @Column
    private String communityId;
    @Column
    private String userId;
    @Column
    private String brokerConnectionId;
    @Column
    private String symbol;
    @Column
    private String providerId;
    @Column
    private PositionStatus status;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal quantity;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal averageEntry;
    /** Realised profit of this round trip so far, after fees. */
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal realisedPnl;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal fees;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal enteredQuantity;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal enteredValue;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal exitedQuantity;
    @Column
    @Convert(MoneyAsDecimal128.class)
    private BigDecimal exitedValue;
    @Column
    private String entrySignalId;
    @Column
    @Convert(InstantAsDate.class)
    private Instant openedAt;
    @Column
    @Convert(InstantAsDate.class)
    private Instant updatedAt;
    /**
     * What of each order's fills is in the position (the last {@value #BOOKED_FILLS_KEPT} orders), saved with it: an
     * order that fills in parts is booked by what each report adds to its cumulative quantity, and a report repeated,
     * late or replayed after a restart adds nothing. Entries {@code executionId|quantity|value|fees} (cumulative).
     */
    @Column
    private List<String> bookedFills = new ArrayList<>();

    public Position() {
    }

    public Position(String communityId, String userId, String brokerConnectionId, String symbol, String providerId) {
        this.id = idOf(userId, brokerConnectionId, symbol, providerId);
        this.communityId = communityId;
        this.userId = userId;
        this.brokerConnectionId = brokerConnectionId;
        this.symbol = symbol;
        this.providerId = providerId;
        this.status = PositionStatus.CLOSED;
        this.quantity = BigDecimal.ZERO;
        this.averageEntry = BigDecimal.ZERO;
    }

    public static String idOf(String userId, String brokerConnectionId, String symbol, String providerId) {
        return userId + "|" + brokerConnectionId + "|" + symbol + "|" + providerId;
    }

    /**
     * Takes a fill. Answers the finished round trip when the fill brings the position to zero (or through it, in
     * which case the rest opens a new round trip at the fill price).
     *
     * @param signedQuantity bought (positive) or sold (negative)
     */
    public Optional<Trade> fill(BigDecimal signedQuantity, BigDecimal price, BigDecimal fee, String signalId, Instant when) {
        if (status == PositionStatus.CLOSED || quantity.signum() == 0) {
            open(signalId, when);
        }
        BigDecimal before = quantity;
        Holding after = new Holding(symbol, quantity, averageEntry, realisedPnl).afterFill(signedQuantity, price, fee);
        if (before.signum() == 0 || before.signum() == signedQuantity.signum()) {
            enteredQuantity = enteredQuantity.add(signedQuantity.abs());
            enteredValue = enteredValue.add(signedQuantity.abs().multiply(price));
        } else {
            BigDecimal closing = signedQuantity.abs().min(before.abs());
            exitedQuantity = exitedQuantity.add(closing);
            exitedValue = exitedValue.add(closing.multiply(price));
        }
        quantity = after.quantity();
        averageEntry = after.averageEntry();
        realisedPnl = after.realisedPnl();
        fees = fees.add(fee);
        updatedAt = when;
        if (before.signum() != 0 && quantity.signum() != before.signum()) {
            Trade trade = trade(before.signum() > 0 ? "LONG" : "SHORT", signalId, when);
            status = PositionStatus.CLOSED;
            if (quantity.signum() != 0) {
                // Through zero: what is left is a new round trip, opened at this fill.
                BigDecimal rest = quantity;
                quantity = BigDecimal.ZERO;
                open(signalId, when);
                quantity = rest;
                averageEntry = price;
                enteredQuantity = rest.abs();
                enteredValue = rest.abs().multiply(price);
            }
            return Optional.of(trade);
        }
        return Optional.empty();
    }

    /** How much of an order's fills the position holds already (nothing for an order it never saw). */
    public BookedFill booked(String executionId) {
        if (bookedFills != null) {
            for (String entry : bookedFills) {
                if (entry.equals(executionId)) {
                    return BookedFill.COMPLETE; // written before fills were booked in parts: that order is in completely
                }
                if (entry.startsWith(executionId + "|")) {
                    // The id has bars of its own: the three numbers are the last three fields.
                    String[] numbers = entry.substring(executionId.length() + 1).split("\\|");
                    if (numbers.length == 3) {
                        return new BookedFill(new BigDecimal(numbers[0]), new BigDecimal(numbers[1]), new BigDecimal(numbers[2]));
                    }
                }
            }
        }
        return BookedFill.NONE;
    }

    /** Remembers what of an order is in the position now (cumulative); the oldest orders are forgotten beyond {@value #BOOKED_FILLS_KEPT}. */
    public void recordBooked(String executionId, BookedFill cumulative) {
        List<String> booked = new ArrayList<>(bookedFills == null ? List.of() : bookedFills);
        booked.removeIf(entry -> entry.equals(executionId) || entry.startsWith(executionId + "|"));
        booked.add(executionId + "|" + cumulative.quantity().toPlainString() + "|" + cumulative.value().toPlainString() + "|" + cumulative.fees().toPlainString());
        bookedFills = booked.size() > BOOKED_FILLS_KEPT ? new ArrayList<>(booked.subList(booked.size() - BOOKED_FILLS_KEPT, booked.size())) : booked;
    }

    /**
     * An order's fills as far as booked: cumulative quantity, value (quantity × price, per unit) and fees.
     * {@link #COMPLETE} stands for an order booked whole before fills were booked in parts.
     */
    public record BookedFill(BigDecimal quantity, BigDecimal value, BigDecimal fees) {
        public static final BookedFill NONE = new BookedFill(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        public static final BookedFill COMPLETE = new BookedFill(new BigDecimal("1E+30"), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private void open(String signalId, Instant when) {
        status = PositionStatus.OPEN;
        entrySignalId = signalId;
        openedAt = when;
        realisedPnl = BigDecimal.ZERO;
        fees = BigDecimal.ZERO;
        enteredQuantity = BigDecimal.ZERO;
        enteredValue = BigDecimal.ZERO;
        exitedQuantity = BigDecimal.ZERO;
        exitedValue = BigDecimal.ZERO;
    }

    private Trade trade(String direction, String exitSignalId, Instant closedAt) {
        BigDecimal entry = enteredValue.divide(enteredQuantity, MathContext.DECIMAL64);
        BigDecimal exit = exitedValue.divide(exitedQuantity, MathContext.DECIMAL64);
        BigDecimal cost = entry.multiply(exitedQuantity);
        BigDecimal percent = cost.signum() == 0 ? BigDecimal.ZERO
                : exit.subtract(entry).multiply(BigDecimal.valueOf(direction.equals("LONG") ? 100 : -100)).divide(entry, MathContext.DECIMAL64);
        return new Trade(Trade.idOf(id, openedAt), communityId, userId, brokerConnectionId, providerId, symbol, direction,
                exitedQuantity, plain(entry), plain(exit), plain(realisedPnl), plain(percent.setScale(4, java.math.RoundingMode.HALF_UP)), plain(fees),
                entrySignalId, exitSignalId, openedAt, closedAt, closedAt.getEpochSecond() - openedAt.getEpochSecond());
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public String getId() { return id; }
    public String getCommunityId() { return communityId; }
    public String getUserId() { return userId; }
    public String getBrokerConnectionId() { return brokerConnectionId; }
    public String getSymbol() { return symbol; }
    public String getProviderId() { return providerId; }
    public PositionStatus getStatus() { return status; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getAverageEntry() { return averageEntry; }
    public BigDecimal getRealisedPnl() { return realisedPnl; }
    public BigDecimal getFees() { return fees; }
    public String getEntrySignalId() { return entrySignalId; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
