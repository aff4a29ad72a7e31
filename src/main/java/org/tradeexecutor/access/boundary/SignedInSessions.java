package org.tradeexecutor.access.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import org.tradeexecutor.access.entity.SessionEnded;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts sessions with a signed-in user (gauge {@code sessions.active}); a session stops counting when it is
 * signed out, invalidated or expires. Anonymous sessions (a login page view) are not counted.
 */
@ApplicationScoped
public class SignedInSessions {

    static final String USER_ATTRIBUTE = "tradeexecutor.userId";

    private final AtomicLong active = new AtomicLong();

    @Inject
    MetricRegistry metrics;

    @Inject
    Event<SessionEnded> sessionEnded;

    @PostConstruct
    void registerGauge() {
        metrics.gauge("sessions.active", active, AtomicLong::get);
    }

    public void signedIn(HttpSession session, String userId) {
        if (session.getAttribute(USER_ATTRIBUTE) == null) {
            active.incrementAndGet();
        }
        session.setAttribute(USER_ATTRIBUTE, userId);
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

    void ended(HttpSession session) {
        Object userId = session.getAttribute(USER_ATTRIBUTE);
        if (userId != null) {
            active.decrementAndGet();
            sessionEnded.fire(new SessionEnded((String) userId, session.getId()));
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
