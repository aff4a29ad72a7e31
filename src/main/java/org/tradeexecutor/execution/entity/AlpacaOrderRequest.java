package org.tradeexecutor.execution.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code POST /v2/orders}. Quantities and prices go as strings, as Alpaca documents them. */
public record AlpacaOrderRequest(@JsonbProperty("symbol") String symbol, @JsonbProperty("qty") String quantity,
                                 @JsonbProperty("side") String side, @JsonbProperty("type") String type,
                                 @JsonbProperty("time_in_force") String timeInForce, @JsonbProperty("limit_price") String limitPrice,
                                 @JsonbProperty("stop_price") String stopPrice, @JsonbProperty("trail_percent") String trailPercent,
                                 @JsonbProperty("client_order_id") String clientOrderId) {
}
