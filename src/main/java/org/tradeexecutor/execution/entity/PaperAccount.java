package org.tradeexecutor.execution.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * A paper account as the paper broker keeps it: one document, written whole with an optimistic version, so that a
 * fill changes cash, positions and the list of applied orders together or not at all.
 *
 * @param applied       the client order ids of the last fills applied (a fill found unapplied after a crash is applied once)
 * @param day           the UTC day {@code dayStartEquity} belongs to
 */
public record PaperAccount(String id, String userId, BigDecimal startingCash, BigDecimal cash, List<Holding> holdings,
                           List<String> applied, String day, BigDecimal dayStartEquity, long version) {
}
