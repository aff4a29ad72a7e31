package org.tradeexecutor.subscriptions.entity;

import org.tradeexecutor.risk.entity.SizingRule;

import java.math.BigDecimal;

/**
 * A trader's overrides for one provider's signals.
 *
 * @param autoExecute         INHERIT (the community's default), ON or OFF (each signal waits for the trader)
 * @param sizing              how to size instead of the risk profile; null: the profile decides
 * @param copyMultiplier      scales every size (0.01–10, default 1)
 * @param stopLossPercent     a stop this far from the entry when the signal has none (0.1–50 %); null: the profile's
 * @param takeProfitPercent   a target this far from the entry when the signal has none (0.1–500 %); null: the profile's
 * @param leverageCap         the most leverage taken from this provider (1–125); null: as signalled
 * @param moveStopToBreakEven move the stop to the entry when the first target fills
 * @param notifyOnSignal      tell the trader about each signal
 * @param notifyOnExecution   tell the trader about each fill or failure
 */
public record SubscriptionSettings(AutoExecute autoExecute, SizingRule sizing, BigDecimal copyMultiplier, BigDecimal stopLossPercent,
                                   BigDecimal takeProfitPercent, BigDecimal leverageCap, boolean moveStopToBreakEven,
                                   boolean notifyOnSignal, boolean notifyOnExecution) {

    public static final SubscriptionSettings DEFAULTS = new SubscriptionSettings(AutoExecute.INHERIT, null, BigDecimal.ONE, null, null,
            null, false, true, true);
}
