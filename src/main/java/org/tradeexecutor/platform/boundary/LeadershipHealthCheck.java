package org.tradeexecutor.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.tradeexecutor.platform.control.Leadership;

/** Liveness entry "duties": always UP; says whether this instance does the once-only duties now (one instance does). */
@Liveness
@ApplicationScoped
public class LeadershipHealthCheck implements HealthCheck {

    @Inject
    Leadership leadership;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("duties").up().withData("leading", leadership.leading()).withData("instance", leadership.instance()).build();
    }
}
