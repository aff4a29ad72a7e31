package org.tradeexecutor.execution.entity;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.List;

/**
 * An order as Alpaca answers it. An OCO ({@code order_class: "oco"}) is its take-profit limit with the stop loss as its
 * one leg; whichever fills cancels the other.
 */
public record AlpacaOrder(@JsonbProperty("id") String id, @JsonbProperty("client_order_id") String clientOrderId,
                          @JsonbProperty("status") String status, @JsonbProperty("filled_qty") String filledQuantity,
                          @JsonbProperty("filled_avg_price") String filledAveragePrice, @JsonbProperty("type") String type,
                          @JsonbProperty("order_class") String orderClass, @JsonbProperty("legs") List<AlpacaOrder> legs) {

    public List<AlpacaOrder> legs() {
        return legs == null ? List.of() : legs;
    }
}
