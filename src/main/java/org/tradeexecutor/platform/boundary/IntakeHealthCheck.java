package org.tradeexecutor.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tradeexecutor.platform.control.Draining;

/** Readiness entry "intake": DOWN from the moment a graceful stop begins, so a load balancer sends no more work here. */
@Readiness
@ApplicationScoped
public class IntakeHealthCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return Draining.active()
                ? HealthCheckResponse.named("intake").withData("state", "stopping").down().build()
                : HealthCheckResponse.named("intake").withData("state", "open").up().build();
    }
}
