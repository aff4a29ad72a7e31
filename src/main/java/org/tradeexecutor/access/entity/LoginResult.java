package org.tradeexecutor.access.entity;

import org.tradeexecutor.audit.entity.AuditOutcome;

import java.time.Duration;

/** The outcome of one sign-in attempt, whichever way it came (login page or HTTP Basic). */
public sealed interface LoginResult {

    /** The sentence a person sees on the login page. */
    String message();

    /** The label of the {@code logins} metric. */
    String outcome();

    /** The audit action recorded for it. */
    String auditAction();

    AuditOutcome auditOutcome();

    /** The credentials are right and the account may sign in. */
    record Success(User user) implements LoginResult {
        public String message() { return "Signed in."; }
        public String outcome() { return "success"; }
        public String auditAction() { return "auth.login"; }
        public AuditOutcome auditOutcome() { return AuditOutcome.SUCCESS; }
    }

    /** Unknown user or wrong password: deliberately indistinguishable. */
    record InvalidCredentials() implements LoginResult {
        public String message() { return "Wrong username or password."; }
        public String outcome() { return "failure"; }
        public String auditAction() { return "auth.failed_login"; }
        public AuditOutcome auditOutcome() { return AuditOutcome.FAILURE; }
    }

    /** Too many failures from this address for this name; try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements LoginResult {
        public String message() {
            return "Too many failed sign-in attempts. Try again in " + Math.max(1, (retryAfter.toSeconds() + 59) / 60) + " minute(s).";
        }
        public String outcome() { return "throttled"; }
        public String auditAction() { return "security.rate_limit_exceeded"; }
        public AuditOutcome auditOutcome() { return AuditOutcome.BLOCKED; }
    }

    /** The password was right but the account is not active. */
    record Blocked(AccountStatus status, String reason) implements LoginResult {
        public String message() {
            return "This account is " + status.describe() + (reason == null || reason.isBlank() ? "." : ": " + reason + ".")
                    + " Contact your community host.";
        }
        public String outcome() { return "blocked"; }
        public String auditAction() { return "auth.login_blocked"; }
        public AuditOutcome auditOutcome() { return AuditOutcome.BLOCKED; }
    }
}
