package org.tradeexecutor.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.control.DiscordOAuth;
import org.tradeexecutor.access.entity.DiscordSignInProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Discord button on the sign-in page, "Link Discord" in the user menu, and the sentence after either. */
@Named
@RequestScoped
public class DiscordSignInView {

    @Inject
    DiscordOAuth oauth;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    /** Whether sign-in with Discord is set up ({@code DISCORD_CLIENT_ID} and {@code DISCORD_CLIENT_SECRET}). */
    public boolean isAvailable() {
        return oauth.configured();
    }

    /** Where the Discord button goes, carrying where to land afterwards. */
    public String startUrl(String returnTo) {
        return request.getContextPath() + DiscordSignInServlet.START
                + (returnTo == null || returnTo.isBlank() ? "" : "?returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
    }

    /** Set up, and the signed-in user has not linked a Discord account yet. */
    public boolean isLinkable() {
        return oauth.configured() && currentUser.get().map(u -> u.user().getDiscordUserId() == null).orElse(false);
    }

    public boolean isLinked() {
        return "linked".equals(request.getParameter("discord"));
    }

    /** What went wrong, from {@code ?discord=<code>}; null when nothing did. */
    public String getProblem() {
        return DiscordSignInProblem.ofCode(request.getParameter("discord")).map(DiscordSignInProblem::message).orElse(null);
    }
}
