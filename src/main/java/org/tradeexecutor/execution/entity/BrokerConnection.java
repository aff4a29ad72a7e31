package org.tradeexecutor.execution.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.time.Instant;

/**
 * A trader's broker account (PRODUCT T2). Every trader has a paper account ({@code paper:<userId>}); Alpaca accounts
 * keep their secret encrypted ({@code BROKER_CREDENTIALS_KEY}) and never give it back.
 *
 * @param primary orders go to the primary account
 */
@Entity("broker_connections")
public record BrokerConnection(@Id String id, @Column String userId, @Column BrokerKind kind, @Column String label,
                               @Column String alpacaKeyId, @Column String alpacaSecretEncrypted, @Column boolean alpacaPaper,
                               @Column boolean primary, @Column @Convert(InstantAsDate.class) Instant createdAt) {

    public static String paperIdOf(String userId) {
        return "paper:" + userId;
    }

    public static BrokerConnection paper(String userId, Instant when) {
        return new BrokerConnection(paperIdOf(userId), userId, BrokerKind.PAPER, "Paper account", null, null, true, true, when);
    }
}
