package org.tradeexecutor.access.boundary;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.Config;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.control.DiscordAccounts;
import org.tradeexecutor.access.control.DiscordOAuth;
import org.tradeexecutor.access.control.ReturnToPolicy;
import org.tradeexecutor.access.entity.DiscordProfile;
import org.tradeexecutor.access.entity.DiscordSignInFailed;
import org.tradeexecutor.access.entity.DiscordSignInProblem;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.access.entity.VerifiedIdentity;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.communities.control.GuildMembers;
import org.tradeexecutor.communities.entity.GuildOffer;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sign in with Discord (PRODUCT A1). {@code GET /login/discord} starts: a fresh state and PKCE verifier go into this
 * browser's session and the browser to Discord. {@code GET /login/discord/callback} finishes: the state must be the
 * session's (once), the code is traded (with the verifier) for who the user is, and the user is signed in exactly as
 * on the sign-in page (a new session id, a remembered sign-in). With {@code link=true} a signed-in user links Discord
 * to their account instead. Whatever goes wrong ends on a page that says so, signed out, audited.
 */
@WebServlet(urlPatterns = {DiscordSignInServlet.START, DiscordSignInServlet.CALLBACK})
public class DiscordSignInServlet extends HttpServlet {

    static final String START = "/login/discord";
    static final String CALLBACK = "/login/discord/callback";
    static final String JOIN_PAGE = "/dashboard/trader/join";
    private static final String PENDING = "tradeexecutor.discordSignIn";
    private static final Logger LOG = Logger.getLogger(DiscordSignInServlet.class.getName());

    /** A sign-in under way, in the browser's session until Discord sends the browser back. */
    record Pending(String state, String verifier, String returnTo, String linkUserId) implements Serializable {
    }

    @Inject
    DiscordOAuth oauth;

    @Inject
    DiscordAccounts accounts;

    @Inject
    GuildMembers guildMembers;

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityContext securityContext;

    @Inject
    SignedInSessions sessions;

    @Inject
    Config config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals(CALLBACK)) {
            finish(request, response);
        } else {
            start(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!oauth.configured()) {
            failed(request, response, new DiscordSignInFailed(DiscordSignInProblem.NOT_CONFIGURED, "DISCORD_CLIENT_ID / DISCORD_CLIENT_SECRET not set"), null);
            return;
        }
        String linkUserId = "true".equals(request.getParameter("link")) ? currentUser.get().map(SignedInUser::id).orElse(null) : null;
        DiscordOAuth.Attempt attempt = DiscordOAuth.Attempt.start();
        request.getSession(true).setAttribute(PENDING, new Pending(attempt.state(), attempt.verifier(), request.getParameter("returnTo"), linkUserId));
        response.sendRedirect(oauth.authorizeUri(attempt, redirectUri(request)).toString());
    }

    private void finish(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING); // one use: a replayed callback meets no state
        }
        try {
            String state = request.getParameter("state");
            if (pending == null || state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), pending.state().getBytes(StandardCharsets.UTF_8))) {
                throw new DiscordSignInFailed(DiscordSignInProblem.STATE_MISMATCH, pending == null ? "no sign-in under way in this session" : "state differs");
            }
            String error = request.getParameter("error");
            if (error != null) {
                throw new DiscordSignInFailed("access_denied".equals(error) ? DiscordSignInProblem.CONSENT_DENIED : DiscordSignInProblem.CODE_REJECTED,
                        "Discord answered error=" + error);
            }
            String code = request.getParameter("code");
            if (code == null || code.isBlank()) {
                throw new DiscordSignInFailed(DiscordSignInProblem.CODE_REJECTED, "no code");
            }
            DiscordProfile profile = oauth.profile(code, new DiscordOAuth.Attempt(pending.state(), pending.verifier()), redirectUri(request));
            if (pending.linkUserId() != null) {
                linked(request, response, pending, profile);
            } else {
                signedIn(request, response, pending, profile);
            }
        } catch (DiscordSignInFailed failure) {
            failed(request, response, failure, pending);
        }
    }

    private void linked(HttpServletRequest request, HttpServletResponse response, Pending pending, DiscordProfile profile) throws IOException {
        SignedInUser user = currentUser.get().filter(u -> u.id().equals(pending.linkUserId()))
                .orElseThrow(() -> new DiscordSignInFailed(DiscordSignInProblem.STATE_MISMATCH, "the user who started linking is not signed in"));
        accounts.link(user.user(), profile, RequestOrigins.of(request));
        response.sendRedirect(request.getContextPath() + withParameter(ReturnToPolicy.target(pending.returnTo(), user.host(), user.dualDashboard()), "discord=linked"));
    }

    private void signedIn(HttpServletRequest request, HttpServletResponse response, Pending pending, DiscordProfile profile) throws IOException {
        AuditEvent.Origin origin = RequestOrigins.of(request);
        User user = accounts.signIn(profile, origin);
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new VerifiedIdentity(user.getId())).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new DiscordSignInFailed(DiscordSignInProblem.ACCOUNT_BLOCKED, "the container refused the sign-in: " + status);
        }
        // A new session id on sign-in defeats session fixation, as on the sign-in page.
        request.changeSessionId();
        sessions.signedIn(request, response, user.getId());
        List<GuildOffer> offers = guildMembers.joinAutomatically(new AuditEvent.Actor(user.getId(), user.getUsername()), profile.guildIds(), origin);
        SignedInUser signedIn = currentUser.require();
        String target = !offers.isEmpty() || signedIn.memberships().isEmpty() ? JOIN_PAGE
                : ReturnToPolicy.target(pending.returnTo(), signedIn.host(), signedIn.dualDashboard());
        response.sendRedirect(request.getContextPath() + target);
    }

    /** Signed out (a pending link keeps its session), audited, and on a page that says what happened. */
    private void failed(HttpServletRequest request, HttpServletResponse response, DiscordSignInFailed failure, Pending pending) throws IOException {
        LOG.info(() -> "Discord sign-in ended: " + failure.problem().code() + " (" + failure.getMessage() + ")");
        var user = currentUser.get();
        accounts.failed(failure.problem(), user.map(SignedInUser::actor).orElse(AuditEvent.Actor.ANONYMOUS), RequestOrigins.of(request), failure.getMessage());
        if (pending != null && pending.linkUserId() != null && user.isPresent()) {
            response.sendRedirect(request.getContextPath() + withParameter(ReturnToPolicy.target(pending.returnTo(), user.get().host(), user.get().dualDashboard()),
                    "discord=" + failure.problem().code()));
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && user.isEmpty()) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login?discord=" + URLEncoder.encode(failure.problem().code(), StandardCharsets.UTF_8));
    }

    /** {@code DISCORD_REDIRECT_URL} when set (behind a proxy, the address Discord has on file), else this server's own. */
    private String redirectUri(HttpServletRequest request) {
        return config.getOptionalValue("DISCORD_REDIRECT_URL", String.class).map(String::strip).filter(u -> !u.isEmpty()).orElseGet(() -> {
            boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                    || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
            return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort())
                    + request.getContextPath() + CALLBACK;
        });
    }

    private static String withParameter(String target, String parameter) {
        return target + (target.contains("?") ? "&" : "?") + parameter;
    }
}
