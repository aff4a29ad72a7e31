package org.tradeexecutor.communities.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.time.Instant;
import java.util.Optional;

/**
 * A user's place in one community. The id is the natural key {@code communityId:userId}, so a user can never hold
 * two memberships in the same community and a membership is read by key.
 */
@Entity("memberships")
public class Membership {

    @Id
    private String id;
    @Column
    private String communityId;
    @Column
    private String userId;
    @Column
    private CommunityRole role;
    @Column
    private MembershipStatus status;
    @Column
    private String statusReason;
    @Column
    @Convert(InstantAsDate.class)
    private Instant joinedAt;
    /** The last request the member made while this community was their active one, to the hour. */
    @Column
    @Convert(InstantAsDate.class)
    private Instant lastActiveAt;

    /** Whether the member lets the community's analytics name them among its top traders (off until they say so). */
    @Column
    private Boolean showInRankings;

    public boolean isShowInRankings() { return Boolean.TRUE.equals(showInRankings); }
    public void showInRankings(boolean shown) { this.showInRankings = shown; }

    public Membership() {
    }

    public Membership(String communityId, String userId, CommunityRole role, MembershipStatus status, String statusReason,
                      Instant joinedAt) {
        this.id = key(communityId, userId);
        this.communityId = communityId;
        this.userId = userId;
        this.role = role;
        this.status = status;
        this.statusReason = statusReason;
        this.joinedAt = joinedAt;
    }

    public static String key(String communityId, String userId) {
        return communityId + ":" + userId;
    }

    /** Why this member may not do that here (see {@link MemberAction}), or empty. */
    public Optional<MemberRefusal> refusal(boolean accountActive, MemberAction action) {
        return action.refusal(accountActive, role, status);
    }

    public String getId() { return id; }
    public String getCommunityId() { return communityId; }
    public String getUserId() { return userId; }
    public CommunityRole getRole() { return role; }
    public MembershipStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public Instant getLastActiveAt() { return lastActiveAt; }
    public Instant getJoinedAt() { return joinedAt; }
}
