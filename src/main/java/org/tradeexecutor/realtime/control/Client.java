package org.tradeexecutor.realtime.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import org.tradeexecutor.realtime.entity.Listener;
import org.tradeexecutor.realtime.entity.Topic;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One WebSocket connection: who listens, what to, and a bounded queue of outgoing messages sent one at a time
 * without blocking the sender (PRODUCT R5). A client whose queue is full cannot keep up; it is closed, and nobody
 * else waits for it.
 */
final class Client {

    /**
     * The context class loader while a message is handed to Tyrus. Payara's Tyrus re-arms the session's idle timer on
     * every send, through the managed scheduler, which looks up thread-context providers with the context class loader:
     * with the application's, that scans every jar on each message (JFR: most of the broadcast's server time). This
     * loader sees only the JDK, so the look-up finds nothing, quickly; the timer task needs no application class.
     */
    private static final ClassLoader NO_SERVICES = new ClassLoader(null) {
    };

    private final Session session;
    private final Listener listener;
    private final Set<Topic> topics = ConcurrentHashMap.newKeySet();
    private volatile Set<String> symbols = Set.of();
    private final ArrayBlockingQueue<Outgoing> outbound;
    private final AtomicBoolean sending = new AtomicBoolean();
    private final int inboundPerSecond;
    private final Consumer<Duration> delivered;
    private long windowStart;
    private int inboundInWindow;
    private volatile long lastHeardMillis;
    /** Host powers as of the handshake, until a review finds them gone. */
    private volatile boolean host;
    private final long openedAtMillis = System.currentTimeMillis();

    /** A queued message and since when it is on its way, for the delivery latency. */
    private record Outgoing(String text, long sinceNanos) {
    }

    /** @param delivered told how long each message took from being made to being written to the connection */
    Client(Session session, Listener listener, int queueSize, int inboundPerSecond, Consumer<Duration> delivered) {
        this.session = session;
        this.listener = listener;
        this.outbound = new ArrayBlockingQueue<>(queueSize);
        this.inboundPerSecond = inboundPerSecond;
        this.delivered = delivered;
        this.lastHeardMillis = System.currentTimeMillis();
        this.host = listener.host();
    }

    boolean host() {
        return host;
    }

    long openedAtMillis() {
        return openedAtMillis;
    }

    void revokeHost() {
        host = false;
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
        lastHeardMillis = nowMillis;
        if (nowMillis - windowStart >= 1000) {
            windowStart = nowMillis;
            inboundInWindow = 0;
        }
        return ++inboundInWindow <= inboundPerSecond;
    }

    /** When the client last sent anything (a ping counts). */
    long lastHeardMillis() {
        return lastHeardMillis;
    }

    /** Queues a message made at {@code sinceNanos}; false when the queue is full (the client cannot keep up). */
    boolean offer(String text, long sinceNanos) {
        if (!session.isOpen() || !outbound.offer(new Outgoing(text, sinceNanos))) {
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
        Outgoing next = outbound.poll();
        if (next == null) {
            sending.set(false);
            if (!outbound.isEmpty()) {
                drain();
            }
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(NO_SERVICES);
        try {
            session.getAsyncRemote().sendText(next.text(), result -> {
                sending.set(false);
                if (result.isOK()) {
                    delivered.accept(Duration.ofNanos(System.nanoTime() - next.sinceNanos()));
                    drain();
                }
            });
        } catch (RuntimeException closedMeanwhile) {
            sending.set(false);
        } finally {
            thread.setContextClassLoader(previous);
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
