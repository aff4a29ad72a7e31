package org.tradeexecutor.access.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.access.control.UserRepository;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.platform.control.TrustedProxies;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.tradeexecutor.access.control.RememberedSignIns;
import org.tradeexecutor.access.entity.AccessEnded;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The browser's signed-in state. The HTTP session holds the user; the sign-in cookie ({@value #COOKIE}) names a
 * {@link org.tradeexecutor.access.entity.RememberedSignIn} that brings the session back after a restart or on another
 * instance. Counts sessions with a signed-in user (gauge {@code sessions.active}); a session stops counting when it
 * is signed out, invalidated or expires. Anonymous sessions (a login page view) are not counted.
 */
@ApplicationScoped
public class SignedInSessions {

    static final String USER_ATTRIBUTE = "tradeexecutor.userId";
    static final String COOKIE = "DTESIGNIN";
    private static final String MARKED_AT_ATTRIBUTE = "tradeexecutor.signInMarkedAt";
    private static final String CHECKED_AT_ATTRIBUTE = "tradeexecutor.accountCheckedAt";
    /** When the session's user signed in (or was last confirmed after a password change): older than a password change, it ends. */
    private static final String SIGNED_IN_AT_ATTRIBUTE = "tradeexecutor.signedInAt";

    private final AtomicLong active = new AtomicLong();

    @Inject
    MetricRegistry metrics;

    @Inject
    RememberedSignIns remembered;

    @Inject
    Event<AccessEnded> accessEnded;

    @Inject
    UserRepository users;

    /** How often a signed-in session looks at its account again: a suspension ends it within this time, on any instance. */
    @Inject
    @ConfigProperty(name = "ACCESS_RECHECK_SECONDS", defaultValue = "5")
    long recheckSeconds;

    @Inject
    @ConfigProperty(name = "TRUSTED_PROXIES", defaultValue = " ")
    String trustedProxies;

    @PostConstruct
    void registerGauge() {
        metrics.gauge("sessions.active", active, AtomicLong::get);
    }

    /** A sign-in on the page: the session gets the user, the browser the sign-in cookie. */
    public void signedIn(HttpServletRequest request, HttpServletResponse response, String userId) {
        HttpSession session = request.getSession();
        attach(session, userId);
        String secret = remembered.open(userId, Duration.ofSeconds(Math.max(60, session.getMaxInactiveInterval())));
        response.addCookie(cookie(request, secret, -1));
    }

    /**
     * The user changed the password on this session: it goes on (and is remembered anew), while every other session
     * and remembered sign-in of the user ends.
     */
    public void renewed(HttpServletRequest request, HttpServletResponse response, String userId) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return; // an API call with Basic credentials: no browser to keep signed in
        }
        session.setAttribute(SIGNED_IN_AT_ATTRIBUTE, System.currentTimeMillis());
        String secret = remembered.open(userId, Duration.ofSeconds(Math.max(60, session.getMaxInactiveInterval())));
        response.addCookie(cookie(request, secret, -1));
    }

    /**
     * A request without a signed-in session but with a sign-in cookie (the server restarted, or another instance
     * answers): a new session for the remembered user, or nothing (and the stale cookie is removed).
     */
    Optional<String> resume(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> secret = secretOf(request);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> userId = remembered.resume(secret.get());
        if (userId.isPresent()) {
            HttpSession session = request.getSession(true);
            // A session id of its own: never the one the browser brought for a session the server did not know.
            request.changeSessionId();
            attach(session, userId.get());
            session.setAttribute(MARKED_AT_ATTRIBUTE, System.currentTimeMillis());
        } else {
            response.addCookie(cookie(request, "", 0));
        }
        return userId;
    }

    /** A signed-in session is in use: the remembered sign-in is kept from lapsing (one look a minute at most). */
    void stillInUse(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        long now = System.currentTimeMillis();
        Object markedAt = session.getAttribute(MARKED_AT_ATTRIBUTE);
        if (markedAt instanceof Long last && now - last < 60_000) {
            return;
        }
        session.setAttribute(MARKED_AT_ATTRIBUTE, now);
        secretOf(request).ifPresent(remembered::stillInUse);
    }

    /**
     * Whether the session's account may still be used (looked at once every {@code ACCESS_RECHECK_SECONDS}). A
     * suspended, banned or removed account's session — or one signed in before the password changed — ends here: its remembered sign-in is deleted, its live
     * connections close, and the request goes on as anonymous.
     */
    boolean stillAllowed(HttpServletRequest request, HttpServletResponse response, String userId) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return true;
        }
        long now = System.currentTimeMillis();
        if (session.getAttribute(CHECKED_AT_ATTRIBUTE) instanceof Long last && now - last < recheckSeconds * 1000) {
            return true;
        }
        Instant signedInAt = session.getAttribute(SIGNED_IN_AT_ATTRIBUTE) instanceof Long at ? Instant.ofEpochMilli(at) : null;
        if (users.findById(userId).filter(user -> user.active() && !user.credentialsChangedAfter(signedInAt)).isPresent()) {
            session.setAttribute(CHECKED_AT_ATTRIBUTE, now);
            return true;
        }
        secretOf(request).ifPresent(remembered::end);
        response.addCookie(cookie(request, "", 0));
        accessEnded.fire(new AccessEnded(userId, session.getId()));
        session.invalidate();
        return false;
    }

    /** Sign-out: the remembered sign-in ends with the session, and what the session opened closes. */
    void signedOut(HttpServletRequest request, HttpServletResponse response) {
        secretOf(request).ifPresent(remembered::end);
        response.addCookie(cookie(request, "", 0));
        HttpSession session = request.getSession(false);
        userOf(session).ifPresent(userId -> accessEnded.fire(new AccessEnded(userId, session.getId())));
    }

    /** The user signed in on this HTTP session, if any (a WebSocket handshake asks this of its session). */
    public static Optional<String> userOf(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((String) session.getAttribute(USER_ATTRIBUTE));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    private void attach(HttpSession session, String userId) {
        if (session.getAttribute(USER_ATTRIBUTE) == null) {
            active.incrementAndGet();
        }
        session.setAttribute(USER_ATTRIBUTE, userId);
        session.setAttribute(SIGNED_IN_AT_ATTRIBUTE, System.currentTimeMillis());
    }

    private static Optional<String> secretOf(HttpServletRequest request) {
        return request.getCookies() == null ? Optional.empty() : Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()) && c.getValue() != null && !c.getValue().isEmpty())
                .map(Cookie::getValue).findFirst();
    }

    /** Over HTTPS as the browser sees it: the connection, or a trusted proxy saying so (the mechanism runs before the proxy filter). */
    private boolean secureTransport(HttpServletRequest request) {
        return TrustedProxies.parse(trustedProxies).secure(false, request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
    }

    /** Like the session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS, gone when the browser closes. */
    private Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure() || secureTransport(request));
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /**
     * A session ended. Only an expired one ends what it opened here: a signed-out one did at sign-out, and the ones
     * a stopping server drops live on in their remembered sign-in (their connections are told to come back).
     */
    void ended(HttpSession session) {
        Object userId = session.getAttribute(USER_ATTRIBUTE);
        if (userId != null) {
            active.decrementAndGet();
            long idleMillis = System.currentTimeMillis() - session.getLastAccessedTime();
            if (session.getMaxInactiveInterval() > 0 && idleMillis >= session.getMaxInactiveInterval() * 1000L) {
                accessEnded.fire(new AccessEnded((String) userId, session.getId()));
            }
        }
    }

    /** Bridges the servlet container's session events to the counter. */
    @WebListener
    public static class Listener implements HttpSessionListener {

        @Inject
        SignedInSessions sessions;

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            sessions.ended(event.getSession());
        }
    }
}
