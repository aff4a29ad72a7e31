package org.tradeexecutor.realtime.boundary;

import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import org.tradeexecutor.realtime.control.ConnectedClients;
import org.tradeexecutor.realtime.control.Listeners;

import java.io.IOException;

/**
 * The one real-time endpoint {@code /ws} (PRODUCT R1–R5; protocol in docs/WEBSOCKET.md). Who is connected is decided
 * here, once, from the HTTP session or the API token; what the client may do afterwards is {@link ConnectedClients}' business.
 */
@ServerEndpoint(value = "/ws", configurator = SessionHandshake.class)
public class RealtimeEndpoint {

    private final ConnectedClients clients;
    private final Listeners listeners;

    /** Made per connection by {@link SessionHandshake#getEndpointInstance}. */
    RealtimeEndpoint(ConnectedClients clients, Listeners listeners) {
        this.clients = clients;
        this.listeners = listeners;
    }

    @OnOpen
    public void open(Session session, EndpointConfig config) {
        // No container idle timeout: Tyrus re-arms it on every message sent or received through Payara's managed
        // scheduler, whose context capture scans the class path each time. IdleConnections closes silent clients.
        session.setMaxIdleTimeout(0);
        String userId = (String) session.getUserProperties().remove(SessionHandshake.USER_ID);
        String accessId = (String) session.getUserProperties().remove(SessionHandshake.ACCESS_ID);
        if (userId == null) {
            refuse(session, "Sign in first: the connection came without a signed-in session or an API token.");
            return;
        }
        if (session.getUserPrincipal() != null && !userId.equals(session.getUserPrincipal().getName())) {
            refuse(session, "The connection's credentials disagree: connect again.");
            return;
        }
        Listeners.Admission admission = listeners.admit(userId, accessId);
        if (admission.listener().isEmpty()) {
            refuse(session, admission.refusal());
            return;
        }
        clients.open(session, admission.listener().get()).ifPresent(refusal -> refuse(session, refusal));
    }

    @OnMessage
    public void message(Session session, String text) {
        clients.received(session, text);
    }

    @OnClose
    public void close(Session session) {
        clients.closed(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        clients.closed(session);
    }

    private static void refuse(Session session, String reason) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason));
        } catch (IOException alreadyGone) {
            // Closed either way.
        }
    }
}
