package org.tradeexecutor.communities.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.time.Instant;

/**
 * An invite code a host hands out (PRODUCT A6): whoever redeems it while it lasts joins the community with its role.
 *
 * @param code    what the invited person types; also the key
 * @param role    trader or viewer (hosts are made by a role change, never by an invite)
 * @param maxUses how many people may join with it
 * @param uses    how many did
 */
@Entity("invites")
public record Invite(@Id String code, @Column String communityId, @Column CommunityRole role, @Column String createdBy,
                     @Column @Convert(InstantAsDate.class) Instant createdAt, @Column @Convert(InstantAsDate.class) Instant expiresAt, @Column int maxUses, @Column int uses) {

    public boolean openAt(Instant now) {
        return now.isBefore(expiresAt) && uses < maxUses;
    }
}
