package org.tradeexecutor.execution.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tradeexecutor.execution.control.BrokerCircuits;

import java.util.List;

/**
 * Readiness entry "brokers" (PRODUCT O1): the circuit breaker of each broker adapter ({@code alpaca: closed|open}).
 * Always UP: an open breaker makes the application degraded ({@code state: degraded}, the open methods listed) —
 * paper accounts, pages and the other brokers work, and the breaker closes by itself after its delay.
 */
@Readiness
@ApplicationScoped
public class BrokerHealthCheck implements HealthCheck {

    @Inject
    BrokerCircuits circuits;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("brokers");
        circuits.states().forEach(response::withData);
        List<String> open = circuits.openMethods();
        response.withData("state", open.isEmpty() ? "up" : "degraded");
        if (!open.isEmpty()) {
            response.withData("open", String.join(",", open));
        }
        return response.up().build();
    }
}
