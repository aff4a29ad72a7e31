package org.tradeexecutor.risk.entity;

/** How an order's size is found (PRODUCT X2). */
public enum SizingMode {
    /** A fixed amount of money per trade. */
    FIXED_AMOUNT,
    /** A percentage of equity per trade. */
    PERCENT_OF_EQUITY,
    /** Risk a percentage of equity between entry and stop: size = equity × risk % ÷ stop distance. */
    RISK_BASED,
    /** The Kelly fraction of the provider's record (PRODUCT P4), capped; risk-based until the record has 20 trades. */
    KELLY
}
