package org.tradeexecutor.communities.entity;

/** Why a member may not do something in a community; the code is the API's {@code error}, answered with 403. */
public enum MemberRefusal {
    ACCOUNT_NOT_ACTIVE("account_inactive", "Your account is not active."),
    NOT_A_MEMBER("not_a_member", "You are not a member of this community."),
    MEMBERSHIP_NOT_ACTIVE("membership_inactive", "Your membership of this community is not active."),
    VIEWER_READ_ONLY("viewer_read_only", "Viewers have read-only access: ask a host for the trader role."),
    NOT_A_HOST("forbidden", "A host role (owner, admin or moderator) in this community is required.");

    private final String code;
    private final String message;

    MemberRefusal(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
