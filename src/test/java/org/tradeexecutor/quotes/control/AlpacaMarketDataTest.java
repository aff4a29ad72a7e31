package org.tradeexecutor.quotes.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradeexecutor.quotes.entity.Quote;
import org.tradeexecutor.quotes.entity.QuoteUnavailableException;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Alpaca market-data client and feed over real HTTP against a local server that answers like Alpaca (PRODUCT X9). */
class AlpacaMarketDataTest {

    private HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> answer = new AtomicReference<>();
    private volatile int status = 200;

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    @Test
    void stocksAreAskedByTheirSymbolAndAnsweredWithBidAndAsk() {
        answer.set("{\"quotes\":{\"AAPL\":{\"ap\":190.12,\"as\":3,\"bp\":190.10,\"bs\":1,\"t\":\"2026-11-20T15:30:00.123456789Z\"}}}");

        Quote quote = client("PKKEY", "secret").latest("AAPL");

        assertEquals("GET /v2/stocks/quotes/latest?symbols=AAPL keys=PKKEY/secret", asked.get(0));
        assertEquals(0, new BigDecimal("190.10").compareTo(quote.bid()));
        assertEquals(0, new BigDecimal("190.12").compareTo(quote.ask()));
        assertEquals(0, new BigDecimal("190.11").compareTo(quote.last()));
        assertEquals(Instant.parse("2026-11-20T15:30:00.123456789Z"), quote.at());
        assertEquals("AAPL", quote.symbol());
    }

    @Test
    void cryptoPairsAreAskedInAlpacaSymbologyAndOptionsOnTheOptionsEndpoint() {
        answer.set("{\"quotes\":{\"BTC/USD\":{\"ap\":45010.5,\"bp\":45000,\"t\":\"2026-11-20T15:30:00Z\"}}}");
        Quote bitcoin = client("k", "s").latest("BTCUSDT");
        assertEquals("GET /v1beta3/crypto/us/latest/quotes?symbols=BTC/USD keys=k/s", asked.get(0));
        assertEquals("BTCUSDT", bitcoin.symbol(), "answered under the symbol the application uses");

        answer.set("{\"quotes\":{\"MSFT250117P00210000\":{\"ap\":1.5,\"bp\":1.45,\"t\":\"2026-11-20T15:30:00Z\"}}}");
        client("k", "s").latest("MSFT250117P00210000");
        assertEquals("GET /v1beta1/options/quotes/latest?symbols=MSFT250117P00210000 keys=k/s", asked.get(1));
    }

    @Test
    void refusalsMissingSymbolsAndMalformedAnswersAreNoQuoteWithTheReason() {
        status = 401;
        answer.set("{\"message\":\"forbidden.\"}");
        assertTrue(assertThrows(QuoteUnavailableException.class, () -> client("k", "wrong").latest("AAPL")).getMessage().contains("HTTP 401"));

        status = 200;
        answer.set("{\"quotes\":{}}");
        assertTrue(assertThrows(QuoteUnavailableException.class, () -> client("k", "s").latest("ZZZZ")).getMessage().contains("no quote"));

        answer.set("{\"quotes\":{\"AAPL\":{\"ap\":0,\"bp\":0}}}");
        assertThrows(QuoteUnavailableException.class, () -> client("k", "s").latest("AAPL"), "a zero price is no price");

        answer.set("<html>bad gateway</html>");
        assertThrows(QuoteUnavailableException.class, () -> client("k", "s").latest("AAPL"));
    }

    @Test
    void anUnreachableServiceIsNoQuote() {
        server.stop(0);
        assertTrue(assertThrows(QuoteUnavailableException.class, () -> client("k", "s").latest("AAPL")).getMessage().contains("unreachable"));
    }

    @Test
    void theFeedAnswersFromMemoryWhileFreshAndServesTheLastQuoteForAWhileWhenAlpacaFails() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T15:30:00Z"));
        AlpacaQuoteFeed feed = feed(clock);
        answer.set("{\"quotes\":{\"AAPL\":{\"ap\":191,\"bp\":190,\"t\":\"2026-11-20T15:30:00Z\"}}}");

        feed.quote("AAPL");
        feed.quote("AAPL");
        assertEquals(1, asked.size(), "the second look within QUOTES_MAX_AGE_MILLIS is answered from memory");

        clock.now = clock.now.plusSeconds(2);
        status = 503;
        assertEquals(0, new BigDecimal("190").compareTo(feed.quote("AAPL").bid()), "Alpaca down: the last quote, 2 s old");
        assertEquals(2, asked.size());

        clock.now = clock.now.plusSeconds(120);
        assertThrows(QuoteUnavailableException.class, () -> feed.quote("AAPL"), "too old to trade on");
    }

    @Test
    void theFeedNeedsKeys() {
        AlpacaQuoteFeed feed = feed(new MutableClock(Instant.now()));
        feed.keyId = Optional.empty();
        assertEquals(Optional.of("QUOTE_FEED=alpaca needs ALPACA_DATA_KEY_ID and ALPACA_DATA_SECRET."), feed.problem());
    }

    private AlpacaMarketData client(String keyId, String secret) {
        return new AlpacaMarketData(baseUri(), keyId, secret);
    }

    private AlpacaQuoteFeed feed(Clock clock) {
        AlpacaQuoteFeed feed = new AlpacaQuoteFeed();
        feed.clock = clock;
        feed.dataUrl = baseUri().toString();
        feed.keyId = Optional.of("k");
        feed.secret = Optional.of("s");
        feed.maxAgeMillis = 1000;
        feed.staleSeconds = 60;
        return feed;
    }

    private URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + "?" + exchange.getRequestURI().getQuery()
                + " keys=" + exchange.getRequestHeaders().getFirst("APCA-API-KEY-ID") + "/" + exchange.getRequestHeaders().getFirst("APCA-API-SECRET-KEY"));
        byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
