package org.tradeexecutor.billing.boundary;

import jakarta.json.JsonObject;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.SocketClient;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan's signals per day (PRODUCT C6): counted atomically — many signals at once on a free community take exactly
 * the plan's number, the rest are stored REJECTED {@code plan_limit} and the hosts hear of it; the plan API shows the
 * usage against every limit, recomputed here from the store.
 */
@ExtendWith(ArquillianExtension.class)
class PlanLimitsIT {

    private static final int FREE_SIGNALS_PER_DAY = 50;

    @ArquillianResource
    URL base;

    @Test
    void signalsPastTheDailyLimitAreStoredRejectedEvenWhenTheyArriveAtOnce() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String hostName = "limit-host-" + tag;
        String communityId = Fixtures.createOwnedCommunity(hostName, "Limited Guild " + tag, "FREE");
        WebClient host = new WebClient(base).basic(hostName, "demo");
        String providerId = WebClient.json(host.sendJson("POST", "/api/community/providers", "{\"name\":\"Calls\",\"type\":\"MANUAL\"}"))
                .getJsonObject("provider").getString("id");
        int sent = FREE_SIGNALS_PER_DAY + 12;

        try (SocketClient live = SocketClient.signedIn(base, hostName)) {
            live.awaitType("welcome");
            live.subscribe("community");
            ExecutorService senders = Executors.newFixedThreadPool(8);
            List<Future<HttpResponse<String>>> answers = IntStream.range(0, sent).mapToObj(i -> senders.submit(() ->
                    host.sendJson("POST", "/api/signals", "{\"providerId\":\"" + providerId + "\",\"text\":\"BUY MSFT @ " + (100 + i) + " SL 90\"}")))
                    .toList();
            Map<String, Long> byStatus = answers.stream().map(PlanLimitsIT::join).peek(a -> assertEquals(201, a.statusCode(), a.body()))
                    .map(a -> WebClient.json(a).getString("status")).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            senders.shutdown();
            assertEquals(sent - FREE_SIGNALS_PER_DAY, byStatus.get("REJECTED"), byStatus.toString());
            assertEquals(FREE_SIGNALS_PER_DAY, byStatus.entrySet().stream().filter(e -> !e.getKey().equals("REJECTED")).mapToLong(Map.Entry::getValue).sum());
            JsonObject told = live.awaitType("signal.refused");
            assertEquals("plan_limit", told.getJsonObject("data").getJsonObject("refusal").getString("code"), told.toString());
        }
        assertEquals(sent - FREE_SIGNALS_PER_DAY, TestStore.database().getCollection("signals")
                .countDocuments(new Document("communityId", communityId).append("refusal", "plan_limit")));

        JsonObject plan = WebClient.json(host.get("/api/community/plan"));
        Map<String, JsonObject> limits = plan.getJsonArray("limits").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(l -> l.getString("name"), l -> l));
        long stored = TestStore.database().getCollection("signals").countDocuments(new Document("communityId", communityId)
                .append("refusal", null));
        assertEquals(stored, limits.get("signalsToday").getInt("used"), "the count is the signals taken");
        assertEquals(FREE_SIGNALS_PER_DAY, limits.get("signalsToday").getInt("limit"));
        assertEquals(TestStore.database().getCollection("memberships").countDocuments(new Document("communityId", communityId)),
                limits.get("members").getInt("used"));
        assertEquals(1, limits.get("providers").getInt("used"));
        assertEquals(2, limits.get("providers").getInt("limit"));
        assertTrue(WebClient.json(host.get("/api/signals/" + TestStore.database().getCollection("signals")
                .find(new Document("communityId", communityId).append("refusal", "plan_limit")).first().getString("_id")))
                .getJsonObject("refusal").getString("reason").contains("50 signals a day"));
    }

    private static HttpResponse<String> join(Future<HttpResponse<String>> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
