package org.tradeexecutor.access.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.time.Duration;
import java.time.Instant;

/**
 * A browser's sign-in kept in the database, so that a restart or another instance of the deployment does not sign it
 * out: the HTTP session lives in one server's memory, this outlives it. It ends on sign-out or after the same idle
 * time as the session. Only the digest of the browser's secret is stored.
 *
 * @param id          SHA-256 of the secret in the browser's sign-in cookie
 * @param idleSeconds how long it lasts without use (the session timeout it was opened with)
 * @param lapsesAt    when it lapses unless used again: {@code lastSeenAt + idleSeconds} (stored, so lapsed ones are
 *                    found and forgotten by an indexed query)
 */
@Entity("remembered_sign_ins")
public record RememberedSignIn(@Id String id, @Column String userId, @Column @Convert(InstantAsDate.class) Instant signedInAt,
                               @Column @Convert(InstantAsDate.class) Instant lastSeenAt, @Column long idleSeconds,
                               @Column @Convert(InstantAsDate.class) Instant lapsesAt) {

    public static RememberedSignIn opened(String id, String userId, Instant now, long idleSeconds) {
        return new RememberedSignIn(id, userId, now, now, idleSeconds, now.plusSeconds(idleSeconds));
    }

    public boolean lapsedAt(Instant now) {
        return lastSeenAt.plusSeconds(idleSeconds).isBefore(now);
    }

    /** Worth a write: it was last marked as used more than a minute ago (one write a minute per browser at most). */
    public boolean staleMarkAt(Instant now) {
        return Duration.between(lastSeenAt, now).toSeconds() >= 60;
    }

    public RememberedSignIn seenAt(Instant now) {
        return new RememberedSignIn(id, userId, signedInAt, now, idleSeconds, now.plusSeconds(idleSeconds));
    }
}
