package org.tradeexecutor.access.entity;

/** A sign-in with Discord that cannot go on; {@code detail} (for the log and audit, never the page) says what Discord answered. */
public class DiscordSignInFailed extends RuntimeException {

    private final DiscordSignInProblem problem;

    public DiscordSignInFailed(DiscordSignInProblem problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    public DiscordSignInProblem problem() { return problem; }
}
