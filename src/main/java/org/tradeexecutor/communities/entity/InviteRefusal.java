package org.tradeexecutor.communities.entity;

import java.util.Locale;

/** Why an invite could not be made or redeemed; {@link #code()} is the API's stable error code. */
public enum InviteRefusal {
    INVALID_INVITE, UNKNOWN_INVITE, INVITE_EXPIRED, INVITE_USED_UP, ALREADY_MEMBER, COMMUNITY_FULL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
