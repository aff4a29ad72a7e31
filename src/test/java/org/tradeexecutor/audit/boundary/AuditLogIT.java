package org.tradeexecutor.audit.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.WebClient;

import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit log over HTTP (PRODUCT C7): a host reads their community's entries only, filtered by time, actor, action
 * and outcome, newest first and paged, the CSV holding the same entries; a platform admin reads any community's; bad
 * parameters are refused by name. Every expectation is recomputed from the entries in the store.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    private static final String[] ACTIONS = {"community.role_changed", "community.member_suspended", "signal.rejected", "provider.created"};
    private static final String[] OUTCOMES = {"SUCCESS", "BLOCKED", "FAILURE"};

    @ArquillianResource
    URL base;

    /** A community whose trail holds 60 entries over 30 days from two actors, written as the application keys them. */
    private final class Trail {
        final String tag = Long.toString(System.nanoTime(), 36);
        final String owner = "audited-" + tag;
        final String communityId = Fixtures.createOwnedCommunity(owner, "Audited " + tag, "ENTERPRISE");
        final WebClient host = new WebClient(base).basic(owner, "demo");
        final List<Document> written = new ArrayList<>();

        Trail() {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            for (int i = 0; i < 60; i++) {
                Instant at = now.minus(12L * i + 1, ChronoUnit.HOURS).plusMillis(i * 7L);
                written.add(new Document("_id", communityId + "|" + new ObjectId(Date.from(at)).toHexString()).append("timestamp", Date.from(at))
                        .append("action", ACTIONS[i % ACTIONS.length]).append("outcome", OUTCOMES[i % OUTCOMES.length])
                        .append("userId", "u-" + i % 2).append("username", (i % 2 == 0 ? "Ana.*-" : "bob-") + tag).append("communityId", communityId)
                        .append("ipAddress", "203.0.113." + i).append("resource", "member m" + i).append("detail", i == 3 ? "=HYPERLINK(\"x\")" : "entry " + i)
                        .append("before", "TRADER").append("after", "ADMIN"));
            }
            TestStore.database().getCollection("security_audits").insertMany(written);
        }

        List<String> expected(Predicate<Document> matching) {
            return written.stream().filter(matching).sorted(Comparator.comparing((Document d) -> d.getDate("timestamp")).reversed())
                    .map(d -> d.getString("_id")).toList();
        }
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> ids(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return WebClient.jsonArray(answer).stream().map(JsonValue::asJsonObject).map(e -> e.getString("id")).toList();
    }

    private static long total(HttpResponse<String> answer) {
        return Long.parseLong(answer.headers().firstValue("X-Total-Count").orElseThrow());
    }

    @Test
    void aHostReadsTheirEntriesFilteredNewestFirstAndPaged() {
        Trail trail = new Trail();
        HttpResponse<String> all = trail.host.get("/api/community/audit?size=500");
        List<String> own = ids(all).stream().filter(id -> trail.written.stream().anyMatch(d -> d.getString("_id").equals(id))).toList();
        assertEquals(trail.expected(d -> true), own, "every entry written, newest first");
        assertTrue(ids(all).stream().allMatch(id -> id.startsWith(trail.communityId + "|")), "only the community's own entries");

        JsonObject first = WebClient.jsonArray(trail.host.get("/api/community/audit?size=1")).getJsonObject(0);
        for (String field : List.of("id", "timestamp", "action", "outcome", "username", "resource", "before", "after", "ipAddress")) {
            assertTrue(first.containsKey(field), field + " in " + first);
        }

        String fromDay = LocalDate.now(ZoneOffset.UTC).minusDays(10).toString();
        String toDay = LocalDate.now(ZoneOffset.UTC).minusDays(3).toString();
        Instant from = LocalDate.parse(fromDay).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = LocalDate.parse(toDay).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        HttpResponse<String> between = trail.host.get("/api/community/audit?size=500&from=" + fromDay + "&to=" + toDay);
        List<String> expected = trail.expected(d -> !d.getDate("timestamp").toInstant().isBefore(from) && d.getDate("timestamp").toInstant().isBefore(to));
        assertEquals(expected, ids(between), "the days from and to, both included");
        assertEquals(expected.size(), total(between));

        Instant exactFrom = trail.written.get(20).getDate("timestamp").toInstant();
        Instant exactTo = trail.written.get(10).getDate("timestamp").toInstant();
        assertEquals(trail.expected(d -> !d.getDate("timestamp").toInstant().isBefore(exactFrom) && d.getDate("timestamp").toInstant().isBefore(exactTo)),
                ids(trail.host.get("/api/community/audit?size=500&from=" + exactFrom + "&to=" + exactTo)), "instants to the millisecond, to excluded");

        HttpResponse<String> byActor = trail.host.get("/api/community/audit?size=500&actor=" + q("ANA.*-" + trail.tag));
        assertEquals(trail.expected(d -> d.getString("username").startsWith("Ana")), ids(byActor), "the actor by name, in any case");
        assertEquals(0, total(trail.host.get("/api/community/audit?actor=" + q(".*"))), "a pattern is text, not a pattern");

        assertEquals(trail.expected(d -> d.getString("action").startsWith("community.")),
                ids(trail.host.get("/api/community/audit?size=500&action=community.")), "actions by the start of their name");
        assertEquals(trail.expected(d -> d.getString("outcome").equals("BLOCKED") && d.getString("action").equals("signal.rejected")),
                ids(trail.host.get("/api/community/audit?size=500&outcome=blocked&action=signal.rejected")));

        List<String> byPage = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            HttpResponse<String> answer = trail.host.get("/api/community/audit?action=provider.&size=4&page=" + page);
            assertEquals(15, total(answer));
            byPage.addAll(ids(answer));
        }
        assertEquals(trail.expected(d -> d.getString("action").equals("provider.created")), byPage, "pages follow each other");
    }

    @Test
    void theCsvHoldsTheSameEntriesAndDefusesFormulas() throws Exception {
        Trail trail = new Trail();
        HttpResponse<String> csv = trail.host.get("/api/community/audit.csv?action=community.", "*/*");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.body())).getRecords();
        List<String> exported = rows.stream().map(r -> r.get("id")).filter(id -> trail.written.stream().anyMatch(d -> d.getString("_id").equals(id))).toList();
        assertEquals(trail.expected(d -> d.getString("action").startsWith("community.")), exported);
        assertEquals(ids(trail.host.get("/api/community/audit?action=community.&size=500")), rows.stream().map(r -> r.get("id")).toList(),
                "the file is the list, every page of it");
        CSVRecord role = rows.stream().filter(r -> r.get("id").equals(trail.written.get(0).getString("_id"))).findFirst().orElseThrow();
        assertEquals("TRADER", role.get("before"));
        assertEquals("ADMIN", role.get("after"));
        assertEquals("203.0.113.0", role.get("ipAddress"));
        HttpResponse<String> providers = trail.host.get("/api/community/audit.csv?action=provider.", "*/*");
        assertTrue(providers.body().contains("'=HYPERLINK"), "a formula is written as text");
    }

    @Test
    void anotherCommunityATraderAndBadParametersAreRefusedAnAdminReadsAnyCommunity() {
        Trail trail = new Trail();
        Trail other = new Trail();
        assertTrue(ids(other.host.get("/api/community/audit?size=500")).stream().noneMatch(id -> id.startsWith(trail.communityId)),
                "another community's host sees none of them");
        HttpResponse<String> foreign = other.host.get("/api/community/audit?community=" + q(trail.communityId));
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertEquals("forbidden", WebClient.json(foreign).getString("error"));
        assertEquals(403, other.host.get("/api/community/audit.csv?community=" + q(trail.communityId), "*/*").statusCode());

        String traderId = Fixtures.createUser("reader-" + trail.tag, "ACTIVE", null);
        Fixtures.addMember(trail.communityId, traderId, "TRADER");
        HttpResponse<String> trader = new WebClient(base).basic("reader-" + trail.tag, "demo").get("/api/community/audit");
        assertEquals(403, trader.statusCode(), trader.body());

        for (String bad : List.of("outcome=maybe", "size=0", "size=501", "page=-1", "from=yesterday", "to=2026-13-40",
                "from=2026-11-30&to=2026-11-01", "actor=" + "x".repeat(65), "page=%00")) {
            HttpResponse<String> refused = trail.host.get("/api/community/audit?" + bad);
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
            assertEquals("invalid_request", WebClient.json(refused).getString("error"), bad);
        }

        WebClient admin = new WebClient(base).basic("admin", "demo");
        HttpResponse<String> one = admin.get("/api/community/audit?size=500&community=" + q(trail.communityId));
        assertEquals(trail.expected(d -> true), ids(one).stream().filter(id -> trail.written.stream().anyMatch(d -> d.getString("_id").equals(id))).toList(),
                "a platform admin reads any community's log");
        assertTrue(ids(one).stream().allMatch(id -> id.startsWith(trail.communityId + "|")));
        HttpResponse<String> everything = admin.get("/api/community/audit?size=500&actor=" + q("bob-" + trail.tag));
        assertEquals(trail.expected(d -> d.getString("username").startsWith("bob")), ids(everything), "and every community's");
        JsonArray none = WebClient.jsonArray(admin.get("/api/community/audit?community=nowhere"));
        assertEquals(0, none.size());
    }
}
