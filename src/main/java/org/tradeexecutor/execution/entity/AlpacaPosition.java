package org.tradeexecutor.execution.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** A position as Alpaca answers it; {@code qty} is negative for a short. */
public record AlpacaPosition(@JsonbProperty("symbol") String symbol, @JsonbProperty("qty") String quantity,
                             @JsonbProperty("avg_entry_price") String averageEntryPrice) {
}
