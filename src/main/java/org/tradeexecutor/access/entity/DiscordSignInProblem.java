package org.tradeexecutor.access.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a sign-in with Discord ended without one: the sign-in page shows the sentence, the audit log the code. */
public enum DiscordSignInProblem {
    NOT_CONFIGURED("Sign-in with Discord is not set up on this server."),
    STATE_MISMATCH("That sign-in link was not started in this browser, or was used already. Start again with the Discord button."),
    CONSENT_DENIED("Discord sign-in was cancelled: nothing was shared and you are not signed in."),
    CODE_REJECTED("Discord did not accept the sign-in (it may have expired). Start again with the Discord button."),
    TOKEN_REJECTED("Discord refused to tell us who you are. Start again with the Discord button."),
    RATE_LIMITED("Discord asked us to slow down. Wait a minute and try again."),
    UNREACHABLE("Discord could not be reached. Try again in a moment, or sign in with your password."),
    ACCOUNT_BLOCKED("This account may not sign in now. Contact your community host."),
    ALREADY_LINKED("That Discord account is linked to another account here.");

    private final String message;

    DiscordSignInProblem(String message) {
        this.message = message;
    }

    public String message() { return message; }

    /** The code in URLs and the audit log, e.g. {@code consent_denied}. */
    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<DiscordSignInProblem> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }
}
