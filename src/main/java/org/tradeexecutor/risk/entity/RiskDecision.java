package org.tradeexecutor.risk.entity;

import java.math.BigDecimal;

/**
 * The risk gate's answer, stored with the execution and shown to the trader.
 *
 * @param verdict        approved as asked, reduced to fit, or rejected
 * @param quantity       what may be ordered (0 when rejected)
 * @param rule           the rule that decided ("max_position", "daily_loss", ...; "ok" when nothing applied)
 * @param reason         one sentence for the trader
 * @param tripsBreaker   the intraday drawdown reached the circuit breaker with this check
 */
public record RiskDecision(RiskVerdict verdict, BigDecimal quantity, String rule, String reason, boolean tripsBreaker) {

    public static RiskDecision approved(BigDecimal quantity) {
        return new RiskDecision(RiskVerdict.APPROVED, quantity, "ok", "Within every limit.", false);
    }

    public static RiskDecision adjusted(BigDecimal quantity, String rule, String reason) {
        return new RiskDecision(RiskVerdict.ADJUSTED, quantity, rule, reason, false);
    }

    public static RiskDecision rejected(String rule, String reason) {
        return new RiskDecision(RiskVerdict.REJECTED, BigDecimal.ZERO, rule, reason, false);
    }

    public static RiskDecision breakerTripped(String reason) {
        return new RiskDecision(RiskVerdict.REJECTED, BigDecimal.ZERO, "circuit_breaker", reason, true);
    }

    public boolean allowed() {
        return verdict != RiskVerdict.REJECTED;
    }
}
