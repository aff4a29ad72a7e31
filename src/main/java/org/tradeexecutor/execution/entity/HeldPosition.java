package org.tradeexecutor.execution.entity;

import java.math.BigDecimal;

/**
 * A follower's open position from one provider, as the execution component needs it to close or protect it.
 *
 * @param quantity      positive long, negative short
 * @param entrySignalId the signal that opened it (its protective orders belong to that signal)
 */
public record HeldPosition(String positionId, String symbol, BigDecimal quantity, BigDecimal averageEntry, String entrySignalId) {
}
