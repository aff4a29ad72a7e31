package org.tradeexecutor.realtime.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.tradeexecutor.realtime.control.ConnectedClients;
import org.tradeexecutor.realtime.entity.Topic;

/**
 * Liveness entry "realtime" (PRODUCT R7): always UP — clients come and go, that is no reason to restart — with the
 * counts of connections and subscriptions per topic as data.
 */
@Liveness
@ApplicationScoped
public class RealtimeHealthCheck implements HealthCheck {

    @Inject
    ConnectedClients clients;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("realtime").withData("connections", clients.connections());
        for (Topic topic : Topic.values()) {
            response.withData("subscriptions_" + topic.wireName(), clients.subscribers(topic));
        }
        return response.up().build();
    }
}
