package org.tradeexecutor.communities.entity;

import java.util.Locale;

/** Why an invite could not be made or redeemed, or a Discord server's community not joined; {@link #code()} is the API's stable error code. */
public enum InviteRefusal {
    INVALID_INVITE, UNKNOWN_INVITE, INVITE_EXPIRED, INVITE_USED_UP, ALREADY_MEMBER, COMMUNITY_FULL, NOT_IN_GUILD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
