package org.tradeexecutor.realtime.boundary;

import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import org.tradeexecutor.access.boundary.SignedInSessions;

/**
 * Takes the user from the signed-in HTTP session of the upgrade request (PRODUCT R1). The client's messages never
 * name a user; a request without a signed-in session gets a connection that is closed at once (policy violation).
 */
public class SessionHandshake extends ServerEndpointConfig.Configurator {

    static final String USER_ID = "tradeexecutor.realtime.userId";
    static final String SESSION_ID = "tradeexecutor.realtime.sessionId";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        HttpSession session = request.getHttpSession() instanceof HttpSession http ? http : null;
        SignedInSessions.userOf(session).ifPresentOrElse(userId -> {
            config.getUserProperties().put(USER_ID, userId);
            config.getUserProperties().put(SESSION_ID, session.getId());
        }, () -> {
            config.getUserProperties().remove(USER_ID);
            config.getUserProperties().remove(SESSION_ID);
        });
    }
}
