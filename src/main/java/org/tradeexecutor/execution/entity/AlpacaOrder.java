package org.tradeexecutor.execution.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** An order as Alpaca answers it. */
public record AlpacaOrder(@JsonbProperty("id") String id, @JsonbProperty("client_order_id") String clientOrderId,
                          @JsonbProperty("status") String status, @JsonbProperty("filled_qty") String filledQuantity,
                          @JsonbProperty("filled_avg_price") String filledAveragePrice) {
}
