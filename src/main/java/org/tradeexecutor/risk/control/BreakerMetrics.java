package org.tradeexecutor.risk.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.platform.entity.DatabaseReady;
import org.tradeexecutor.risk.entity.BreakerState;

import java.util.Locale;

/**
 * {@code risk_circuit_breakers{state="reducing"|"halted"}}: how many traders each state holds now (PRODUCT X3). Read
 * at each scrape; only tripped traders have a breaker document, so the count reads few documents.
 */
@ApplicationScoped
public class BreakerMetrics {

    @Inject
    MetricRegistry metrics;

    @Inject
    CircuitBreakerRepository breakers;

    void register(@Observes DatabaseReady ready) {
        for (BreakerState state : new BreakerState[]{BreakerState.REDUCING, BreakerState.HALTED}) {
            metrics.gauge("risk.circuit_breakers", this, self -> self.count(state), new Tag("state", state.name().toLowerCase(Locale.ROOT)));
        }
    }

    long count(BreakerState state) {
        return breakers.findAll().filter(b -> b.state() == state).count();
    }
}
