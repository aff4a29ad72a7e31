package org.tradeexecutor.billing.boundary;

import jakarta.json.JsonObject;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.PolarDelivery;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Polar billing (PRODUCT C6) with signed fixtures over real HTTP: each subscription event moves the community's plan
 * and billing state as Polar means it; a replayed webhook-id, a bad signature, a stale timestamp, an unknown product
 * or community change nothing; an event older than the last applied is ignored; a platform admin sets a plan by hand.
 */
@ExtendWith(ArquillianExtension.class)
class PolarBillingIT {

    @ArquillianResource
    URL base;

    private static final class Guild {
        final String tag = Long.toString(System.nanoTime(), 36);
        final String communityId = Fixtures.createOwnedCommunity("billing-host-" + tag, "Billing Guild " + tag, "FREE");
        final WebClient host;
        final String subscriptionId = UUID.randomUUID().toString();
        Instant clock = Instant.now().minusSeconds(60);

        Guild(URL base) {
            host = new WebClient(base).basic("billing-host-" + tag, "demo");
        }

        /** An event of this guild's subscription, each one sent a second after the last. */
        String event(String type, String status, String productId, boolean cancelAtPeriodEnd) {
            clock = clock.plusSeconds(1);
            return PolarDelivery.event(fields(type, status, productId, cancelAtPeriodEnd, clock));
        }

        Map<String, String> fields(String type, String status, String productId, boolean cancelAtPeriodEnd, Instant sentAt) {
            Map<String, String> values = new HashMap<>();
            values.put("type", type);
            values.put("status", status);
            values.put("productId", productId);
            values.put("cancelAtPeriodEnd", Boolean.toString(cancelAtPeriodEnd));
            values.put("sentAt", sentAt.toString());
            values.put("periodEnd", Instant.now().plus(Duration.ofDays(29)).truncatedTo(ChronoUnit.SECONDS).toString());
            values.put("subscriptionId", subscriptionId);
            values.put("communityId", communityId);
            return values;
        }

        JsonObject plan() {
            HttpResponse<String> plan = host.get("/api/community/plan");
            assertEquals(200, plan.statusCode(), plan.body());
            return WebClient.json(plan);
        }

        String planName() {
            return plan().getString("plan");
        }

        String billingStatus() {
            return plan().getJsonObject("billing").getString("status");
        }
    }

    private HttpResponse<String> deliver(String webhookId, String body) {
        return PolarDelivery.send(base, webhookId, Instant.now(), body, PolarDelivery.SECRET);
    }

    private void accepted(String webhookId, String body, String result) {
        HttpResponse<String> answer = deliver(webhookId, body);
        assertEquals(202, answer.statusCode(), answer.body());
        assertEquals(result, WebClient.json(answer).getString("result"), answer.body());
    }

    @Test
    void eachSubscriptionEventMovesThePlanAsPolarMeansIt() {
        Guild guild = new Guild(base);
        assertEquals("FREE", guild.planName());
        assertEquals("NONE", guild.billingStatus());

        accepted("msg_" + guild.tag + "_1", guild.event("subscription.created", "incomplete", PolarDelivery.PROFESSIONAL_PRODUCT, false), "applied");
        assertEquals("FREE", guild.planName(), "not paid yet");
        assertEquals("INCOMPLETE", guild.billingStatus());
        accepted("msg_" + guild.tag + "_2", guild.event("subscription.active", "active", PolarDelivery.PROFESSIONAL_PRODUCT, false), "applied");
        assertEquals("PROFESSIONAL", guild.planName());
        JsonObject plan = guild.plan();
        assertEquals("ACTIVE", plan.getJsonObject("billing").getString("status"));
        assertEquals(guild.subscriptionId, plan.getJsonObject("billing").getString("subscriptionId"));
        assertEquals(1000, plan.getJsonArray("limits").getJsonObject(0).getInt("limit"), "the professional plan's members");

        accepted("msg_" + guild.tag + "_3", guild.event("subscription.past_due", "past_due", PolarDelivery.PROFESSIONAL_PRODUCT, false), "applied");
        assertEquals("PAST_DUE", guild.billingStatus());
        assertEquals("PROFESSIONAL", guild.planName(), "kept while Polar retries the payment");
        accepted("msg_" + guild.tag + "_4", guild.event("subscription.canceled", "active", PolarDelivery.PROFESSIONAL_PRODUCT, true), "applied");
        assertEquals("CANCELED", guild.billingStatus());
        assertEquals("PROFESSIONAL", guild.planName(), "kept to the end of the paid period");
        accepted("msg_" + guild.tag + "_5", guild.event("subscription.uncanceled", "active", PolarDelivery.PROFESSIONAL_PRODUCT, false), "applied");
        assertEquals("ACTIVE", guild.billingStatus());
        accepted("msg_" + guild.tag + "_6", guild.event("subscription.updated", "active", PolarDelivery.ENTERPRISE_PRODUCT, false), "applied");
        assertEquals("ENTERPRISE", guild.planName(), "an upgrade arrives as updated");
        accepted("msg_" + guild.tag + "_7", guild.event("subscription.revoked", "canceled", PolarDelivery.ENTERPRISE_PRODUCT, false), "applied");
        assertEquals("FREE", guild.planName());
        assertEquals("REVOKED", guild.billingStatus());

        Document change = TestStore.database().getCollection("security_audits").find(new Document("communityId", guild.communityId)
                .append("action", "community.plan_changed").append("after", "ENTERPRISE")).first();
        assertEquals("PROFESSIONAL", change.getString("before"));
        assertEquals("polar", change.getString("username"));
        accepted("msg_" + guild.tag + "_8", "{\"type\":\"order.created\",\"timestamp\":\"" + Instant.now() + "\",\"data\":{}}", "ignored");
    }

    @Test
    void aReplayedOrOlderEventChangesNothing() {
        Guild guild = new Guild(base);
        String active = guild.event("subscription.active", "active", PolarDelivery.PROFESSIONAL_PRODUCT, false);
        accepted("msg_" + guild.tag + "_a", active, "applied");
        accepted("msg_" + guild.tag + "_r", guild.event("subscription.revoked", "canceled", PolarDelivery.PROFESSIONAL_PRODUCT, false), "applied");
        accepted("msg_" + guild.tag + "_a", active, "duplicate");
        assertEquals("FREE", guild.planName(), "the replay did not upgrade again");
        accepted("msg_" + guild.tag + "_late", PolarDelivery.event(guild.fields("subscription.active", "active", PolarDelivery.PROFESSIONAL_PRODUCT, false,
                guild.clock.minusSeconds(30))), "stale");
        assertEquals("FREE", guild.planName(), "an event older than the last applied is not applied");
        assertEquals(2, TestStore.database().getCollection("security_audits").countDocuments(new Document("communityId", guild.communityId)
                .append("action", "community.plan_changed")));
    }

    @Test
    void badDeliveriesAreRefusedAndChangeNothing() {
        Guild guild = new Guild(base);
        String body = guild.event("subscription.active", "active", PolarDelivery.PROFESSIONAL_PRODUCT, false);
        String id = "msg_" + guild.tag + "_bad";
        Map<String, HttpResponse<String>> refusals = new java.util.LinkedHashMap<>();
        refusals.put("invalid_signature", PolarDelivery.send(base, id, Instant.now(), body, "whsec_someone_else"));
        refusals.put("stale_timestamp", PolarDelivery.send(base, id, Instant.now().minus(Duration.ofMinutes(6)), body, PolarDelivery.SECRET));
        refusals.put("unknown_product", deliver(id, guild.event("subscription.active", "active", UUID.randomUUID().toString(), false)));
        refusals.put("unknown_community", deliver(id, body.replace(guild.communityId, "no-such-community")));
        refusals.put("invalid_payload", deliver(id, "{\"type\":\"subscription.active\",\"data\":[1,2"));
        refusals.put("invalid_request", PolarDelivery.send(base, id, "yesterday", body, "v1,AAAA"));
        refusals.forEach((code, answer) -> {
            assertEquals(code, WebClient.json(answer).getString("error"), answer.body());
            assertEquals(code.equals("invalid_signature") || code.equals("stale_timestamp") ? 401
                    : code.startsWith("unknown") ? 422 : 400, answer.statusCode(), answer.body());
        });
        assertEquals(400, PolarDelivery.send(base, null, Long.toString(Instant.now().getEpochSecond()), body, "v1,AAAA").statusCode(), "no webhook-id");
        assertEquals("FREE", guild.planName());
        assertEquals("NONE", guild.billingStatus());
        assertEquals(2, TestStore.database().getCollection("security_audits").countDocuments(new Document("action", "billing.webhook_refused")
                .append("resource", "webhook " + id)));
        accepted(id, body, "applied"); // refused deliveries are not remembered: the same id, now good, is taken
        assertEquals("PROFESSIONAL", guild.planName());
    }

    /** Signed garbage is what a leaked secret or a bug at the sender looks like: a clear 4xx or 202, never a 500. */
    @Test
    void mutatedPayloadsNeverAnswer500() {
        Guild guild = new Guild(base);
        String valid = guild.event("subscription.updated", "active", PolarDelivery.PROFESSIONAL_PRODUCT, false);
        java.util.Random random = new java.util.Random(2026);
        for (int i = 0; i < 300; i++) {
            HttpResponse<String> answer = deliver("msg_" + guild.tag + "_fuzz_" + i, org.tradeexecutor.support.Mutations.of(valid, random));
            assertTrue(answer.statusCode() < 500, answer.statusCode() + " " + answer.body());
            assertTrue(answer.statusCode() == 202 || WebClient.json(answer).containsKey("error"), answer.body());
        }
    }

    @Test
    void aPlatformAdminSetsAPlanByHandAndHostsMayNot() {
        Guild guild = new Guild(base);
        WebClient admin = new WebClient(base).basic("admin", "demo");
        String path = "/api/admin/communities/" + guild.communityId + "/plan";
        assertEquals(403, guild.host.sendJson("PUT", path, "{\"plan\":\"enterprise\",\"reason\":\"why not\"}").statusCode());
        assertEquals(400, admin.sendJson("PUT", path, "{\"plan\":\"platinum\",\"reason\":\"deal\"}").statusCode());
        assertEquals(400, admin.sendJson("PUT", path, "{\"plan\":\"enterprise\"}").statusCode(), "a reason is required");
        assertEquals(404, admin.sendJson("PUT", "/api/admin/communities/nope/plan", "{\"plan\":\"enterprise\",\"reason\":\"deal\"}").statusCode());
        HttpResponse<String> set = admin.sendJson("PUT", path, "{\"plan\":\"enterprise\",\"reason\":\"partner deal\"}");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("ENTERPRISE", guild.planName());
        Document audit = TestStore.database().getCollection("security_audits").find(new Document("communityId", guild.communityId)
                .append("action", "community.plan_changed")).first();
        assertEquals("admin", audit.getString("username"));
        assertEquals("set by hand: partner deal", audit.getString("detail"));
    }
}
