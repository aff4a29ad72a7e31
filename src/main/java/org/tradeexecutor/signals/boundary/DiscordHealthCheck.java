package org.tradeexecutor.signals.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness entry "discord": UP when off (no token) or connected; DOWN when configured but not connected. */
@Readiness
@ApplicationScoped
public class DiscordHealthCheck implements HealthCheck {

    @Inject
    DiscordGateway gateway;

    @Override
    public HealthCheckResponse call() {
        DiscordGateway.State state = gateway.state();
        var response = HealthCheckResponse.named("discord").withData("state", state.name().toLowerCase());
        if (state == DiscordGateway.State.OFF) {
            response.withData("reason", "DISCORD_BOT_TOKEN is not set, or DISCORD_GATEWAY_ENABLED is false");
        }
        gateway.failure().ifPresent(f -> response.withData("error", f));
        return response.status(state == DiscordGateway.State.OFF || state == DiscordGateway.State.CONNECTED).build();
    }
}
