package org.tradeexecutor.execution.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * {@code POST /v2/orders}. Quantities and prices go as strings, as Alpaca documents them. An OCO goes as
 * {@code type: limit, order_class: oco} with its target in {@code take_profit} and its stop in {@code stop_loss}.
 */
public record AlpacaOrderRequest(@JsonbProperty("symbol") String symbol, @JsonbProperty("qty") String quantity,
                                 @JsonbProperty("side") String side, @JsonbProperty("type") String type,
                                 @JsonbProperty("time_in_force") String timeInForce, @JsonbProperty("limit_price") String limitPrice,
                                 @JsonbProperty("stop_price") String stopPrice, @JsonbProperty("trail_percent") String trailPercent,
                                 @JsonbProperty("client_order_id") String clientOrderId, @JsonbProperty("order_class") String orderClass,
                                 @JsonbProperty("take_profit") TakeProfit takeProfit, @JsonbProperty("stop_loss") StopLoss stopLoss) {

    public record TakeProfit(@JsonbProperty("limit_price") String limitPrice) {
    }

    public record StopLoss(@JsonbProperty("stop_price") String stopPrice) {
    }

    /** {@code PATCH /v2/orders/{id}}: a new stop price for a working stop (or the stop leg of an OCO). */
    public record StopChange(@JsonbProperty("stop_price") String stopPrice) {
    }
}
