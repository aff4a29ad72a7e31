package org.tradeexecutor.risk.entity;

import java.math.BigDecimal;

/**
 * An order the risk gate is asked about.
 *
 * @param symbol    what is traded
 * @param quantity  how much, in units (shares, coins, contracts)
 * @param price     the price it is valued at (limit price or current quote), per unit
 * @param closing   it reduces or closes a position (always allowed while the breaker is REDUCING)
 * @param leverage  the leverage asked for; 1 when none
 * @param wholeUnits the asset trades in whole units only
 */
public record OrderIntent(String symbol, BigDecimal quantity, BigDecimal price, boolean closing, BigDecimal leverage, boolean wholeUnits) {
}
