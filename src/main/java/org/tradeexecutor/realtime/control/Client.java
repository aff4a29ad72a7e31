package org.tradeexecutor.realtime.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import org.tradeexecutor.realtime.entity.Listener;
import org.tradeexecutor.realtime.entity.Topic;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One WebSocket connection: who listens, what to, and a bounded queue of outgoing messages sent one at a time
 * without blocking the sender (PRODUCT R5). A client whose queue is full cannot keep up; it is closed, and nobody
 * else waits for it.
 */
final class Client {

    private final Session session;
    private final Listener listener;
    private final Set<Topic> topics = ConcurrentHashMap.newKeySet();
    private volatile Set<String> symbols = Set.of();
    private final ArrayBlockingQueue<String> outbound;
    private final AtomicBoolean sending = new AtomicBoolean();
    private final int inboundPerSecond;
    private long windowStart;
    private int inboundInWindow;

    Client(Session session, Listener listener, int queueSize, int inboundPerSecond) {
        this.session = session;
        this.listener = listener;
        this.outbound = new ArrayBlockingQueue<>(queueSize);
        this.inboundPerSecond = inboundPerSecond;
    }

    Session session() {
        return session;
    }

    Listener listener() {
        return listener;
    }

    boolean listensTo(Topic topic) {
        return topics.contains(topic);
    }

    boolean listensToQuote(String symbol) {
        return topics.contains(Topic.QUOTES) && symbols.contains(symbol);
    }

    Set<String> symbols() {
        return symbols;
    }

    void subscribe(Topic topic, Set<String> quoteSymbols) {
        if (topic == Topic.QUOTES) {
            symbols = Set.copyOf(quoteSymbols);
        }
        topics.add(topic);
    }

    void unsubscribe(Topic topic) {
        topics.remove(topic);
        if (topic == Topic.QUOTES) {
            symbols = Set.of();
        }
    }

    /** One more message from the client within the current second; false beyond the limit. */
    synchronized boolean allowInbound(long nowMillis) {
        if (nowMillis - windowStart >= 1000) {
            windowStart = nowMillis;
            inboundInWindow = 0;
        }
        return ++inboundInWindow <= inboundPerSecond;
    }

    /** Queues a message; false when the queue is full (the client cannot keep up). */
    boolean offer(String text) {
        if (!session.isOpen() || !outbound.offer(text)) {
            return false;
        }
        drain();
        return true;
    }

    /** Sends the next queued message unless one is on its way; the send's completion sends the one after. */
    private void drain() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        String next = outbound.poll();
        if (next == null) {
            sending.set(false);
            if (!outbound.isEmpty()) {
                drain();
            }
            return;
        }
        try {
            session.getAsyncRemote().sendText(next, result -> {
                sending.set(false);
                if (result.isOK()) {
                    drain();
                }
            });
        } catch (RuntimeException closedMeanwhile) {
            sending.set(false);
        }
    }

    void close(CloseReason.CloseCode code, String reason) {
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(code, reason));
            }
        } catch (IOException alreadyGone) {
            // The connection is gone either way.
        }
    }
}
