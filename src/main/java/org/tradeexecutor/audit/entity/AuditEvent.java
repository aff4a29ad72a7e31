package org.tradeexecutor.audit.entity;

/**
 * What a component reports to the audit log; the log adds the id and the time.
 *
 * @param action      dotted name, e.g. {@code auth.login}, {@code access.forbidden}, {@code rollout.flag_change}
 * @param outcome     success, failure or blocked
 * @param actor       who (user id and name; both null for anonymous)
 * @param communityId the tenant it concerns, if any
 * @param origin      where the request came from
 * @param resource    what was touched, e.g. a path
 * @param detail      a short free-text explanation (never a secret)
 * @param before      what was there before a change (e.g. {@code TRADER}), null when nothing changed
 * @param after       what is there after it
 */
public record AuditEvent(String action, AuditOutcome outcome, Actor actor, String communityId, Origin origin,
                         String resource, String detail, String before, String after) {

    /** An event that changed nothing, or whose change the detail tells. */
    public AuditEvent(String action, AuditOutcome outcome, Actor actor, String communityId, Origin origin, String resource, String detail) {
        this(action, outcome, actor, communityId, origin, resource, detail, null, null);
    }

    /** @param userId the user's id; null when unknown  @param username the name given or known */
    public record Actor(String userId, String username) {
        public static final Actor ANONYMOUS = new Actor(null, null);
    }

    /** @param ipAddress the client address  @param userAgent the client's User-Agent header */
    public record Origin(String ipAddress, String userAgent) {
        public static final Origin INTERNAL = new Origin("internal", null);
    }
}
