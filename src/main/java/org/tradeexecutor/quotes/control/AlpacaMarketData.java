package org.tradeexecutor.quotes.control;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import org.tradeexecutor.quotes.entity.AlpacaSymbol;
import org.tradeexecutor.quotes.entity.Quote;
import org.tradeexecutor.quotes.entity.QuoteUnavailableException;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Latest quotes from Alpaca's Market Data API over plain HTTP (java.net.http; no state but the keys): stocks ({@code /v2/stocks/quotes/latest}), crypto
 * ({@code /v1beta3/crypto/us/latest/quotes}, "BTCUSDT" asked as "BTC/USD") and options in OCC symbology
 * ({@code /v1beta1/options/quotes/latest}). All three answer {@code {"quotes": {symbol: {"ap", "bp", "t"}}}}.
 */
public final class AlpacaMarketData {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    /** Made once: {@code Json.createReader} looks the JSON-P provider up on every call. */
    private static final JsonReaderFactory JSON_READERS = Json.createReaderFactory(Map.of());
    private static final String KEY_ID = "APCA-API-KEY-ID";
    private static final String SECRET = "APCA-API-SECRET-KEY";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI base;
    private final String keyId;
    private final String secret;

    public AlpacaMarketData(URI base, String keyId, String secret) {
        this.base = base;
        this.keyId = keyId;
        this.secret = secret;
    }

    /** @throws QuoteUnavailableException when Alpaca cannot be reached, refuses, or has no quote for the symbol */
    public Quote latest(String symbol) {
        AlpacaSymbol alpacaSymbol = AlpacaSymbol.of(symbol);
        String asked = alpacaSymbol.value();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathFor(alpacaSymbol) + "?symbols=" + URLEncoder.encode(asked, StandardCharsets.UTF_8)))
                .timeout(TIMEOUT).header(KEY_ID, keyId).header(SECRET, secret).header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new QuoteUnavailableException(symbol, "market data unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuoteUnavailableException(symbol, "interrupted");
        }
        if (response.statusCode() != 200) {
            throw new QuoteUnavailableException(symbol, "market data answered HTTP " + response.statusCode());
        }
        return quoteIn(response.body(), asked).map(q -> new Quote(symbol, q.bid(), q.ask(), q.bid().add(q.ask()).divide(BigDecimal.valueOf(2)), q.at()))
                .orElseThrow(() -> new QuoteUnavailableException(symbol, "no quote in the answer"));
    }

    private static Optional<Quote> quoteIn(String body, String asked) {
        try (JsonReader reader = JSON_READERS.createReader(new StringReader(body))) {
            JsonObject quotes = reader.readObject().getJsonObject("quotes");
            JsonObject quote = quotes == null ? null : quotes.getJsonObject(asked);
            if (quote == null || !(quote.get("bp") instanceof JsonNumber bid) || !(quote.get("ap") instanceof JsonNumber ask)
                    || bid.bigDecimalValue().signum() <= 0 || ask.bigDecimalValue().signum() <= 0) {
                return Optional.empty();
            }
            Instant at = quote.containsKey("t") ? Instant.parse(quote.getString("t")) : Instant.now();
            return Optional.of(new Quote(asked, bid.bigDecimalValue(), ask.bigDecimalValue(), null, at));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static String pathFor(AlpacaSymbol symbol) {
        return switch (symbol.assetClass()) {
            case CRYPTO -> "v1beta3/crypto/us/latest/quotes";
            case OPTION -> "v1beta1/options/quotes/latest";
            default -> "v2/stocks/quotes/latest";
        };
    }
}
