package org.tradeexecutor.risk.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.time.Instant;

/**
 * A trader's circuit breaker (PRODUCT X3); no document means ACTIVE.
 *
 * @param reason   why it tripped
 * @param resetBy  the admin who last reset it
 */
@Entity("circuit_breakers")
public record CircuitBreaker(@Id String userId, @Column BreakerState state, @Column String reason,
                             @Column @Convert(InstantAsDate.class) Instant trippedAt, @Column String resetBy,
                             @Column @Convert(InstantAsDate.class) Instant resetAt) {
}
