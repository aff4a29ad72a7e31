package org.tradeexecutor.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.tradeexecutor.platform.control.ApplicationStartup;

/** Startup entry "application": UP once indexes exist and start-up work (demo seeding) is done. */
@Startup
@ApplicationScoped
public class StartupHealthCheck implements HealthCheck {

    @Inject
    ApplicationStartup startup;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("application").status(startup.started()).build();
    }
}
