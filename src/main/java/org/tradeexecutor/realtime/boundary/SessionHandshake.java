package org.tradeexecutor.realtime.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import org.tradeexecutor.access.boundary.SignedInSessions;
import org.tradeexecutor.access.control.ApiTokens;
import org.tradeexecutor.access.entity.AccessEnded;
import org.tradeexecutor.realtime.control.ConnectedClients;
import org.tradeexecutor.realtime.control.Listeners;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes the user from the signed-in HTTP session of the upgrade request, or from a personal API token sent as
 * {@code Authorization: Bearer} (PRODUCT R1). The client's messages never name a user; a request with neither gets a
 * connection that is closed at once (policy violation). A token that is unknown is refused before the upgrade (401).
 */
public class SessionHandshake extends ServerEndpointConfig.Configurator {

    static final String USER_ID = "tradeexecutor.realtime.userId";
    /** The HTTP session id, or the API token's access id: the connection closes when that way in ends. */
    static final String ACCESS_ID = "tradeexecutor.realtime.accessId";

    private record Access(String userId, String accessId) {
    }

    /** The endpoint's application-scoped collaborators, looked up on the first connection. */
    private record Collaborators(ConnectedClients clients, Listeners listeners) {
    }

    private volatile Collaborators collaborators;

    /**
     * One endpoint object per connection, made here rather than by the container's CDI provider, which takes a lock
     * on the bean manager for each one (JFR: the main wait while 2,000 clients connect). Its collaborators are
     * application-scoped, so the same (thread-safe) ones serve every connection.
     */
    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) throws InstantiationException {
        if (endpointClass != RealtimeEndpoint.class) {
            return super.getEndpointInstance(endpointClass);
        }
        Collaborators found = collaborators;
        if (found == null) {
            found = new Collaborators(CDI.current().select(ConnectedClients.class).get(), CDI.current().select(Listeners.class).get());
            collaborators = found;
        }
        return endpointClass.cast(new RealtimeEndpoint(found.clients(), found.listeners()));
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Optional<Access> access = fromSession(request).or(() -> fromToken(request.getHeaders()));
        access.ifPresentOrElse(found -> {
            config.getUserProperties().put(USER_ID, found.userId());
            config.getUserProperties().put(ACCESS_ID, found.accessId());
        }, () -> {
            config.getUserProperties().remove(USER_ID);
            config.getUserProperties().remove(ACCESS_ID);
        });
    }

    private static Optional<Access> fromSession(HandshakeRequest request) {
        HttpSession session = request.getHttpSession() instanceof HttpSession http ? http : null;
        return SignedInSessions.userOf(session).map(userId -> new Access(userId, session.getId()));
    }

    private static Optional<Access> fromToken(Map<String, List<String>> headers) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Authorization"))
                .flatMap(h -> h.getValue().stream())
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7)).findFirst()
                .flatMap(value -> CDI.current().select(ApiTokens.class).get().authenticate(value.substring(7).trim()))
                .map(token -> new Access(token.userId(), AccessEnded.tokenAccessId(token.id())));
    }
}
