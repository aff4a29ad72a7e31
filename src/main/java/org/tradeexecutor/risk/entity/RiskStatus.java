package org.tradeexecutor.risk.entity;

import java.util.List;

/**
 * A trader's risk settings as the API and pages show them.
 *
 * @param profile the settings
 * @param breaker the circuit breaker's state
 * @param presets the presets a trader may pick
 */
public record RiskStatus(RiskProfile profile, BreakerState breaker, List<RiskPreset> presets) {
}
