package org.tradeexecutor.execution.boundary;

import jakarta.json.JsonObject;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.AlpacaStub;
import org.tradeexecutor.support.Eventually;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One broken record stops nothing else: an account that cannot be read puts its follower off while the others trade
 * (and the follower is decided once it can be read); an order of a removed account does not stop reconciling the
 * others; and a follower's limits hold when several signals decide for them at once.
 */
@ExtendWith(ArquillianExtension.class)
class OneRecordAtATimeIT {

    @ArquillianResource
    URL base;

    @BeforeAll
    static void stub() {
        AlpacaStub.start();
    }

    @AfterEach
    void alpacaRecovers() {
        AlpacaStub.failAccountReads(false);
    }

    @Test
    void aFollowerWhoseAccountCannotBeReadIsPutOffWhileTheOthersTradeAndIsDecidedOnceItCanBe() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("paper", "ON");
        community.alpacaTrader("alpaca");
        AlpacaStub.failAccountReads(true);

        String signalId = community.signal("BUY MSFT SL 1");
        Map<String, JsonObject> first = community.awaitExecutions(signalId, 1, TradingCommunity::settled);
        assertEquals("FILLED", first.get(community.username("paper")).getString("state"), "the paper follower goes on");
        ServerProcess.pause(1_000);
        assertEquals(1, TestStore.database().getCollection("executions").countDocuments(new Document("signalId", signalId).append("leg", "entry")),
                "the Alpaca follower is put off");
        assertEquals("EXECUTING", WebClient.json(community.host.get("/api/signals/" + signalId)).getString("status"));
        assertEquals(1, TestStore.database().getCollection("fan_out_retries").countDocuments(new Document("_id", signalId)));
        assertTrue(Eventually.metric(base, "execution_followers_deferred_total{") > 0);

        AlpacaStub.failAccountReads(false);
        Map<String, JsonObject> later = community.awaitExecutions(signalId, 2, TradingCommunity::settled);
        assertEquals("FILLED", later.get(community.username("alpaca")).getString("state"), later.toString());
        Eventually.until(() -> "EXECUTED".equals(WebClient.json(community.host.get("/api/signals/" + signalId)).getString("status")), "the signal is done");
        assertEquals(0, TestStore.database().getCollection("fan_out_retries").countDocuments(new Document("_id", signalId)));
        assertEquals(1, TestStore.database().getCollection("executions").countDocuments(new Document("signalId", signalId)
                .append("userId", Fixtures.user(community.username("paper")).getString("_id")).append("leg", "entry")), "the paper follower decided once");
    }

    @Test
    void anOrderOfARemovedAccountDoesNotStopReconcilingTheOthers() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("holder", "ON");
        String signalId = community.signal("BUY KO SL 1");
        community.awaitExecutions(signalId, 1, TradingCommunity::settled);
        Document filled = TestStore.database().getCollection("executions").find(new Document("signalId", signalId).append("leg", "entry")).first();

        // Two orders whose outcome is unknown: the first of an account removed since, the second never reached the broker.
        Document orphan = new Document(filled).append("_id", filled.getString("_id") + "-orphan").append("clientOrderId", "dte-orphan-" + System.nanoTime())
                .append("state", "UNKNOWN").append("brokerConnectionId", "alpaca:removed-" + System.nanoTime()).append("followedUp", false);
        Document lost = new Document(filled).append("_id", filled.getString("_id") + "-lost").append("clientOrderId", "dte-lost-" + System.nanoTime())
                .append("state", "UNKNOWN").append("followedUp", false);
        TestStore.database().getCollection("executions").insertMany(List.of(orphan, lost));

        Eventually.until(() -> "FILLED".equals(state(lost)), "the other order is looked up, found missing, sent and filled");
        Eventually.until(() -> TestStore.database().getCollection("executions").find(new Document("_id", orphan.getString("_id"))).first()
                .getString("reason").contains("broker account was removed"), "the orphan says why it stays");
        assertEquals("UNKNOWN", state(orphan));
        assertTrue(Eventually.metric(base, "execution_recovery_failures_total{") > 0);
    }

    @Test
    void signalsDecidingForOneFollowerAtOnceKeepTheirLimit() {
        for (int round = 0; round < 3; round++) {
            TradingCommunity community = new TradingCommunity(base);
            WebClient trader = community.trader("limited", "ON");
            TradingCommunity.setRiskLimit(trader, "maxOpenPositions", 1);
            List<String> symbols = List.of("MSFT", "AAPL", "KO");
            List<String> signals = IntStream.range(0, symbols.size())
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> community.signal("BUY " + symbols.get(i) + " SL 1")))
                    .toList().stream().map(CompletableFuture::join).toList();
            List<String> states = signals.stream().map(id -> community.awaitExecutions(id, 1, TradingCommunity::settled)
                    .get(community.username("limited")).getString("state")).toList();
            assertEquals(1, states.stream().filter("FILLED"::equals).count(), "one position at most: " + states);
            assertEquals(2, states.stream().filter("RISK_REJECTED"::equals).count(), states.toString());
        }
    }

    private static String state(Document execution) {
        return TestStore.database().getCollection("executions").find(new Document("_id", execution.getString("_id"))).first().getString("state");
    }


}
