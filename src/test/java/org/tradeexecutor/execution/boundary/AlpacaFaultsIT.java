package org.tradeexecutor.execution.boundary;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.AlpacaStub;
import org.tradeexecutor.support.FaultReport;
import org.tradeexecutor.support.OrderTally;
import org.tradeexecutor.support.ServerProcess;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TestSymbols;
import org.tradeexecutor.support.TradingCommunity;

import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fault suite's Alpaca case (docs/RELIABILITY.md): followers on Alpaca get a signal while Alpaca has a bad day —
 * a third of the first sends answered 429, 500 (after taking the order) or too late for the adapter's timeout, every
 * order filled in parts, every update sent twice and a partial fill after its fill, the streams dropped while the
 * fills come in. Afterwards each follower has one order, filled once, booked once and protected by what it holds.
 */
@ExtendWith(ArquillianExtension.class)
class AlpacaFaultsIT {

    private static final int FOLLOWERS = 8;

    @ArquillianResource
    URL base;

    @AfterEach
    void calm() {
        AlpacaStub.storm(false);
        AlpacaStub.disorderly(false);
    }

    @Test
    void throughTimeouts429s500sPartialFillsDisorderlyUpdatesAndADroppedStreamEveryFollowerGetsOneProtectedOrder() {
        TradingCommunity community = new TradingCommunity(base);
        for (int i = 0; i < FOLLOWERS; i++) {
            community.alpacaTrader("storm" + i);
        }
        String symbol = TestSymbols.cheap("ST");
        AlpacaStub.storm(true);
        AlpacaStub.disorderly(true);
        String signalId = community.signal("BUY " + symbol + " SL 1");
        ServerProcess.pause(400); // the first parts are filling
        AlpacaStub.dropStreams();

        MongoDatabase db = TestStore.database();
        OrderTally tally = OrderTally.untilExact(() -> alpaca(db, signalId), 120_000);
        assertEquals(FOLLOWERS, tally.expected());
        BigDecimal filled = db.getCollection("executions").find(new Document("signalId", signalId).append("leg", "entry")).into(new ArrayList<>()).stream()
                .map(e -> AlpacaStub.order(e.getString("clientOrderId")).map(AlpacaStub.HeldOrder::filledQuantity).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, filled.compareTo(AlpacaStub.position(symbol)), "Alpaca holds exactly what the entries filled, nothing bought twice");
        FaultReport.check("alpaca: " + FOLLOWERS + " followers through timeouts, 429, 500, partial fills, repeated and late updates, stream drop",
                sendsAgain(db, signalId) + " sends went again after 429; every update twice", tally);
    }

    /**
     * What Alpaca holds for each follower's entry: the order under its client order id, and the working protective
     * orders of the follower's protective executions (an OCO counted once, by its parent).
     */
    private static OrderTally alpaca(MongoDatabase db, String signalId) {
        return OrderTally.tally(db, signalId, (entry, symbol) -> {
            Optional<AlpacaStub.HeldOrder> atAlpaca = AlpacaStub.order(entry.getString("clientOrderId"));
            BigDecimal filled = atAlpaca.map(AlpacaStub.HeldOrder::filledQuantity).orElse(BigDecimal.ZERO);
            List<Document> protective = db.getCollection("executions").find(new Document("signalId", signalId)
                    .append("userId", entry.getString("userId")).append("leg", Pattern.compile("^(tp|trail)"))).into(new ArrayList<>());
            BigDecimal protectedQuantity = protective.stream().map(p -> AlpacaStub.order(p.getString("clientOrderId"))).flatMap(Optional::stream)
                    .filter(AlpacaStub.HeldOrder::working).map(o -> o.quantity().subtract(o.filledQuantity())).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new OrderTally.BrokerSide(atAlpaca.isPresent() ? 1 : 0, filled, filled, protectedQuantity);
        });
    }

    /** Sends of the signal's orders beyond the first per client order id (a 429 took nothing: the order went again). */
    private static int sendsAgain(MongoDatabase db, String signalId) {
        return db.getCollection("executions").find(new Document("signalId", signalId)).into(new ArrayList<>()).stream()
                .mapToInt(e -> Math.max(0, AlpacaStub.attempts(e.getString("clientOrderId")) - 1)).sum();
    }
}
