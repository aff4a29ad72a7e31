package org.tradeexecutor.risk.entity;

import java.math.BigDecimal;

/**
 * What an order is sized from.
 *
 * @param rule           the sizing rule (the subscription's override or the risk profile's)
 * @param equity         the account's equity
 * @param price          entry price per unit (the limit, else the current quote)
 * @param stop           the stop price (the signal's or the default distance); needed for RISK_BASED
 * @param multiplier     the subscription's copy multiplier
 * @param contractSize   units per contract (100 for US options, 1 otherwise)
 * @param wholeUnits     shares and contracts are whole; coins are not
 * @param providerRecord for KELLY
 * @param kellyFallback  how KELLY sizes while the provider's record is too short to trust; null: not at all
 */
public record SizingRequest(SizingRule rule, BigDecimal equity, BigDecimal price, BigDecimal stop, BigDecimal multiplier,
                            int contractSize, boolean wholeUnits, ProviderRecord providerRecord, SizingRule kellyFallback) {

    public SizingRequest(SizingRule rule, BigDecimal equity, BigDecimal price, BigDecimal stop, BigDecimal multiplier,
                         int contractSize, boolean wholeUnits, ProviderRecord providerRecord) {
        this(rule, equity, price, stop, multiplier, contractSize, wholeUnits, providerRecord, null);
    }

    /** The same order sized by another rule (Kelly's fallback). */
    public SizingRequest withRule(SizingRule other) {
        return new SizingRequest(other, equity, price, stop, multiplier, contractSize, wholeUnits, providerRecord, null);
    }
}
