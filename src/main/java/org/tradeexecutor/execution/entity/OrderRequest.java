package org.tradeexecutor.execution.entity;

import java.math.BigDecimal;

/**
 * An order as it is sent to a broker.
 *
 * @param clientOrderId our id for it, stable across restarts; the broker refuses a second order with it
 * @param limitPrice    for LIMIT and STOP_LIMIT
 * @param stopPrice     for STOP and STOP_LIMIT
 * @param trailPercent  for TRAILING_STOP
 */
public record OrderRequest(String clientOrderId, String symbol, OrderSide side, OrderKind kind, BigDecimal quantity, BigDecimal limitPrice,
                           BigDecimal stopPrice, BigDecimal trailPercent) {
}
