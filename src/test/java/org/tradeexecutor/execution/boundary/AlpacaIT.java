package org.tradeexecutor.execution.boundary;

import jakarta.json.JsonObject;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.execution.entity.ExecutionKey;
import org.tradeexecutor.support.AlpacaStub;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PRODUCT T2 and X6 over real HTTP against a local server that answers like Alpaca ({@link AlpacaStub}): keys checked
 * on connect and stored encrypted, orders sent once under their client order id, a refusal recorded with Alpaca's
 * reason, a timeout and a 429 settled by looking the order up (never by a blind second send), and Alpaca's "duplicate
 * client_order_id" answer taken as the order it already has.
 */
@ExtendWith(ArquillianExtension.class)
class AlpacaIT {

    @ArquillianResource
    URL base;

    private TradingCommunity community;

    @BeforeAll
    static void stub() {
        AlpacaStub.start();
    }

    @BeforeEach
    void community() {
        community = new TradingCommunity(base);
    }

    @Test
    void anAlpacaAccountIsCheckedStoredEncryptedMadePrimaryAndRemoved() {
        WebClient trader = community.trader("keys", null);
        HttpResponse<String> wrong = connect(trader, "wrong-secret");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals("broker_refused", WebClient.json(wrong).getString("error"));

        HttpResponse<String> added = connect(trader, AlpacaStub.SECRET);
        assertEquals(201, added.statusCode(), added.body());
        JsonObject connection = WebClient.json(added);
        assertFalse(added.body().contains(AlpacaStub.SECRET), "the secret is never answered");
        assertEquals("…0001", connection.getString("keyIdHint"));
        Document stored = TestStore.database().getCollection("broker_connections").find(new Document("_id", connection.getString("id"))).first();
        assertNotEquals(AlpacaStub.SECRET, stored.getString("alpacaSecretEncrypted"));
        assertFalse(stored.toJson().contains(AlpacaStub.SECRET), "stored encrypted");
        assertTrue(Fixtures.audits("broker.connect", community.username("keys")) >= 1);

        String id = connection.getString("id");
        assertTrue(WebClient.json(trader.send("application/json", "POST", "/api/trader/broker-connections/" + id + "/test", null)).getBoolean("ok"));
        assertTrue(TestStore.database().getCollection("security_audits").countDocuments(new Document("action", "broker.credentials_decrypted")
                .append("userId", Fixtures.user(community.username("keys")).getString("_id"))) >= 2, "every decryption is audited");
        assertTrue(WebClient.json(trader.send("application/json", "PUT", "/api/trader/broker-connections/" + id + "/primary", null)).getBoolean("primary"));
        assertEquals("ALPACA", WebClient.json(trader.get("/api/trader/account")).getString("broker"));

        WebClient stranger = community.trader("stranger", null);
        assertEquals(404, stranger.send("application/json", "DELETE", "/api/trader/broker-connections/" + id, null).statusCode());
        assertEquals(204, trader.send("application/json", "DELETE", "/api/trader/broker-connections/" + id, null).statusCode());
        assertEquals("PAPER", WebClient.json(trader.get("/api/trader/account")).getString("broker"), "the paper account is primary again");
    }

    @Test
    void aSignalReachesAlpacaOnceUnderItsClientOrderId() {
        JsonObject execution = alpacaOrderOf("sender", "BUY AAPL SL 90");
        assertEquals("FILLED", execution.getString("state"), execution.toString());
        assertEquals(1, AlpacaStub.attempts(execution.getString("clientOrderId")));
    }

    @Test
    void aRefusalIsRecordedWithAlpacasReason() {
        JsonObject execution = alpacaOrderOf("refused", "BUY REJECT SL 1");
        assertEquals("REJECTED", execution.getString("state"));
        assertTrue(execution.getString("reason").contains("insufficient buying power"), execution.getString("reason"));
    }

    @Test
    void aTimedOutSendIsSettledByLookingTheOrderUpNotBySendingAgain() {
        JsonObject execution = alpacaOrderOf("patient", "BUY SLOW SL 1");
        assertEquals("FILLED", execution.getString("state"), execution.toString());
        assertEquals(1, AlpacaStub.attempts(execution.getString("clientOrderId")), "sent once; the outcome was looked up");
        assertTrue(execution.getString("reason").contains("Outcome unknown"), "it went through UNKNOWN: " + execution.getString("reason"));
    }

    @Test
    void aRateLimitedSendIsFoundMissingAndSentOnceMore() {
        JsonObject execution = alpacaOrderOf("throttled", "BUY BUSY SL 1");
        assertEquals("FILLED", execution.getString("state"), execution.toString());
        assertEquals(2, AlpacaStub.attempts(execution.getString("clientOrderId")), "429 took nothing; the second send was the first order");
        assertTrue(AlpacaStub.holds(execution.getString("clientOrderId")));
        assertTrue(execution.getString("reason").contains("never received"), execution.getString("reason"));
    }

    @Test
    void alpacaHavingTheClientOrderIdAlreadyIsTakenAsTheOrder() {
        String userId = alpacaFollower("twice");
        String key = "dup-" + community.tag;
        String clientOrderId = new ExecutionKey(community.providerId + ":key:" + key, userId, "entry").clientOrderId();
        AlpacaStub.seed(clientOrderId, "DUPL");

        JsonObject execution = community.awaitExecutions(community.signal("BUY DUPL SL 1", key), 1, TradingCommunity::settled)
                .get(community.username("twice"));
        assertEquals("FILLED", execution.getString("state"), execution.toString());
        assertEquals(clientOrderId, execution.getString("clientOrderId"));
        assertNull(execution.get("error"));
        assertEquals(1, AlpacaStub.attempts(clientOrderId), "one send, answered 422 duplicate, then looked up");
    }

    /** The settled execution of a new Alpaca follower for a new signal. */
    private JsonObject alpacaOrderOf(String follower, String signal) {
        alpacaFollower(follower);
        return community.awaitExecutions(community.signal(signal), 1, TradingCommunity::settled).get(community.username(follower));
    }

    /** A follower whose primary account is an Alpaca account on the stub; answers the user id. */
    private String alpacaFollower(String name) {
        community.alpacaTrader(name);
        return Fixtures.user(community.username(name)).getString("_id");
    }

    private static HttpResponse<String> connect(WebClient trader, String secret) {
        return TradingCommunity.connectAlpaca(trader, secret);
    }
}
