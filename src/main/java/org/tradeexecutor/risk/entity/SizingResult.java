package org.tradeexecutor.risk.entity;

import java.math.BigDecimal;

/**
 * @param quantity    units to order; 0 when nothing can be ordered
 * @param explanation how the size came about, or why it is 0
 */
public record SizingResult(BigDecimal quantity, String explanation) {

    public boolean orderable() {
        return quantity.signum() > 0;
    }
}
