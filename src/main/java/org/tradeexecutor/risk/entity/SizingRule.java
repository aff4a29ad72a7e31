package org.tradeexecutor.risk.entity;

import java.math.BigDecimal;

/**
 * @param mode  how to size
 * @param value the amount for FIXED_AMOUNT, a percentage for PERCENT_OF_EQUITY and RISK_BASED, the cap in percent for KELLY
 */
public record SizingRule(SizingMode mode, BigDecimal value) {
}
