package org.tradeexecutor.realtime.control;

import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The WebSocket benchmark's floor (issue #16): a bare endpoint deployed in its own WAR beside ours, in the same server,
 * that broadcasts to every connection whatever text a client sends it, with its {@code "ts"} stamped now — the same
 * bytes as our quote messages, with no topics, queues, JSON or sign-in. What the container itself can do.
 */
@ServerEndpoint("/bare")
public class BareBroadcast {

    private static final Set<Session> SESSIONS = ConcurrentHashMap.newKeySet();
    private static final String TS = "\"ts\":\"";

    @OnOpen
    public void open(Session session) {
        SESSIONS.add(session);
    }

    @OnClose
    public void close(Session session) {
        SESSIONS.remove(session);
    }

    @OnMessage
    public void broadcast(String template) {
        int at = template.lastIndexOf(TS);
        String text = at < 0 ? template
                : template.substring(0, at + TS.length()) + Instant.now() + template.substring(template.indexOf('"', at + TS.length()));
        for (Session session : SESSIONS) {
            if (session.isOpen()) {
                session.getAsyncRemote().sendText(text);
            }
        }
    }
}
