package org.tradeexecutor.communities.boundary;

import jakarta.json.JsonObject;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule of PRODUCT C2 over HTTP: what each host role may do, each refusal 403 {@code role_change_forbidden} with
 * the rule in words and nothing changed, every change audited with its before and after, exactly one owner always.
 */
@ExtendWith(ArquillianExtension.class)
class MemberRolesIT {

    @ArquillianResource
    URL base;

    /** A community with one member of each role; each signs in with Basic. */
    private final class Crew {
        final String tag = Long.toString(System.nanoTime(), 36);
        final String communityId = Fixtures.createOwnedCommunity("owner-" + tag, "Roles " + tag, "ENTERPRISE");
        final Map<String, String> ids = new TreeMap<>();

        Crew() {
            ids.put("owner", Fixtures.user("owner-" + tag).getString("_id"));
            for (String role : List.of("admin", "admin2", "moderator", "trader", "trader2", "viewer")) {
                String id = Fixtures.createUser(role + "-" + tag, "ACTIVE", null);
                Fixtures.addMember(communityId, id, role.replaceAll("\\d", "").toUpperCase());
                ids.put(role, id);
            }
        }

        WebClient as(String who) {
            return new WebClient(base).basic(who + "-" + tag, "demo");
        }

        HttpResponse<String> setRole(String who, String member, String role) {
            return as(who).sendJson("PUT", "/api/community/members/" + ids.get(member) + "/role", "{\"role\":\"" + role + "\"}");
        }

        String roleOf(String member) {
            return TestStore.database().getCollection("memberships").find(new Document("_id", communityId + ":" + ids.get(member))).first().getString("role");
        }

        Map<String, String> roles() {
            Map<String, String> roles = new TreeMap<>();
            ids.keySet().forEach(member -> roles.put(member, roleOf(member)));
            return roles;
        }

        List<Document> audits(String action) {
            return TestStore.database().getCollection("security_audits").find(new Document("communityId", communityId).append("action", action))
                    .into(new ArrayList<>());
        }
    }

    private static void refused(HttpResponse<String> answer, String words) {
        assertEquals(403, answer.statusCode(), answer.body());
        JsonObject error = WebClient.json(answer);
        assertEquals("role_change_forbidden", error.getString("error"));
        assertTrue(error.getString("message").contains(words), error.getString("message"));
    }

    @Test
    void ownerAndAdminsGrantAndTakeAdminEachChangeAuditedWithBeforeAndAfter() {
        Crew crew = new Crew();
        HttpResponse<String> granted = crew.setRole("owner", "trader", "admin");
        assertEquals(200, granted.statusCode(), granted.body());
        assertEquals("ADMIN", WebClient.json(granted).getString("role"));
        assertEquals("ADMIN", crew.roleOf("trader"));
        assertEquals(200, crew.setRole("admin", "trader", "moderator").statusCode(), "an admin takes admin from another");
        assertEquals("MODERATOR", crew.roleOf("trader"));
        assertEquals(200, crew.setRole("admin", "admin2", "viewer").statusCode());
        assertEquals("VIEWER", crew.roleOf("admin2"));

        List<Document> changes = crew.audits("community.role_changed");
        assertEquals(3, changes.size());
        Document first = changes.stream().filter(a -> "owner-".concat(crew.tag).equals(a.getString("username"))).findFirst().orElseThrow();
        assertEquals("TRADER", first.getString("before"));
        assertEquals("ADMIN", first.getString("after"));
        assertEquals("member " + crew.ids.get("trader"), first.getString("resource"));
        assertEquals(200, crew.setRole("owner", "trader2", "trader").statusCode(), "the same role again");
        assertEquals(3, crew.audits("community.role_changed").size(), "changed nothing: nothing audited");
    }

    @Test
    void moderatorsOnlyMoveMembersBetweenTraderAndViewer() {
        Crew crew = new Crew();
        assertEquals(200, crew.setRole("moderator", "trader", "viewer").statusCode());
        assertEquals(200, crew.setRole("moderator", "trader", "trader").statusCode());
        assertEquals(200, crew.setRole("moderator", "viewer", "trader").statusCode());
        Map<String, String> before = crew.roles();
        refused(crew.setRole("moderator", "trader", "admin"), "Moderators only move members between trader and viewer");
        refused(crew.setRole("moderator", "trader2", "moderator"), "Moderators only");
        refused(crew.setRole("moderator", "admin", "trader"), "Moderators only");
        assertEquals(before, crew.roles(), "nothing changed");
    }

    @Test
    void nobodyChangesTheirOwnRoleAndTheOwnersRoleMovesOnlyByHandover() {
        Crew crew = new Crew();
        Map<String, String> before = crew.roles();
        refused(crew.setRole("admin", "admin", "trader"), "Nobody changes their own role");
        refused(crew.setRole("owner", "owner", "admin"), "Nobody changes their own role");
        refused(crew.setRole("admin", "owner", "admin"), "handing ownership over");
        refused(crew.setRole("owner", "admin", "owner"), "handing ownership over");
        assertEquals(before, crew.roles(), "nothing changed");

        HttpResponse<String> notAHost = crew.setRole("trader", "trader2", "viewer");
        assertEquals(403, notAHost.statusCode());
        assertEquals("forbidden", WebClient.json(notAHost).getString("error"));
        HttpResponse<String> badRole = crew.setRole("owner", "trader", "overlord");
        assertEquals(400, badRole.statusCode());
        assertEquals("invalid_request", WebClient.json(badRole).getString("error"));
        assertTrue(WebClient.json(badRole).getString("message").startsWith("role"), badRole.body());
        HttpResponse<String> stranger = crew.as("owner").sendJson("PUT", "/api/community/members/" + Fixtures.newTrader("stranger") + "/role", "{\"role\":\"viewer\"}");
        assertEquals(404, stranger.statusCode(), "another community's member is not found here");
        for (String body : List.of("{\"role\":", "[1,2]", "{\"role\":{\"$ne\":1}}", "", "null", "{\"role\":\"trader\\u0000\"}")) {
            HttpResponse<String> malformed = crew.as("owner").sendJson("PUT", "/api/community/members/" + crew.ids.get("trader") + "/role", body);
            assertEquals(400, malformed.statusCode(), body + " -> " + malformed.body());
            assertTrue(malformed.body().startsWith("{\"error\":\"invalid_request\""), body + " -> " + malformed.body());
        }
        assertEquals(before, crew.roles(), "nothing changed");
    }

    @Test
    void theOwnerHandsOverToAnAdminAndThereIsAlwaysExactlyOneOwner() {
        Crew crew = new Crew();
        refused(crew.as("owner").sendJson("POST", "/api/community/ownership", "{\"userId\":\"" + crew.ids.get("trader") + "\"}"), "make them admin first");
        refused(crew.as("admin").sendJson("POST", "/api/community/ownership", "{\"userId\":\"" + crew.ids.get("admin2") + "\"}"), "Only the owner");
        assertEquals(400, crew.as("owner").sendJson("POST", "/api/community/ownership", "{}").statusCode());
        assertEquals("OWNER", crew.roleOf("owner"));

        HttpResponse<String> handed = crew.as("owner").sendJson("POST", "/api/community/ownership", "{\"userId\":\"" + crew.ids.get("admin") + "\"}");
        assertEquals(200, handed.statusCode(), handed.body());
        assertEquals("OWNER", crew.roleOf("admin"));
        assertEquals("ADMIN", crew.roleOf("owner"));
        assertEquals(1, crew.roles().values().stream().filter("OWNER"::equals).count());
        assertEquals(crew.ids.get("admin"), TestStore.database().getCollection("communities").find(new Document("_id", crew.communityId)).first().getString("ownerId"));
        Document audit = crew.audits("community.ownership_transferred").get(0);
        assertEquals("owner " + crew.ids.get("owner"), audit.getString("before"));
        assertEquals("owner " + crew.ids.get("admin"), audit.getString("after"));

        refused(crew.setRole("owner", "admin", "trader"), "handing ownership over"); // the former owner is an admin now
        assertEquals(200, crew.setRole("admin", "owner", "trader").statusCode(), "the new owner may demote the former one");
        assertEquals("TRADER", crew.roleOf("owner"));
    }
}
