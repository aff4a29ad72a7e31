package org.tradeexecutor.analytics.entity;

import java.util.Arrays;
import java.util.Optional;

/** A column of the trade history, by the name the API sorts on ({@code sort=closedAt,desc}). */
public enum TradeColumn {
    CLOSED_AT("closedAt"), OPENED_AT("openedAt"), SYMBOL("symbol"), DIRECTION("direction"), PROVIDER("providerId"),
    QUANTITY("quantity"), ENTRY_PRICE("entryPrice"), EXIT_PRICE("exitPrice"), PNL("pnl"), PNL_PERCENT("pnlPercent"),
    FEES("fees"), HOLD_SECONDS("holdSeconds");

    private final String field;

    TradeColumn(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static Optional<TradeColumn> of(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(TradeColumn::field).toList());
    }
}
