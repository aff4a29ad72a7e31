package org.tradeexecutor.access.boundary;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.bson.Document;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT A3: who lands where, who is refused, and where sign-in leads back to. */
@ExtendWith(ArquillianExtension.class)
class RoutingIT {

    @ArquillianResource
    URL base;

    private WebClient signedIn(String username) {
        WebClient browser = new WebClient(base);
        browser.signIn(username, "demo");
        return browser;
    }

    @Test
    void hostsLandOnTheCommunityDashboardKeepingTheQuery() {
        for (String host : new String[]{"host", "admin", "mod"}) {
            HttpResponse<String> response = signedIn(host).get("/dashboard?tab=members&from=mail");
            assertEquals(302, response.statusCode(), host);
            assertEquals("/dashboard/community?tab=members&from=mail", WebClient.location(response), host);
        }
    }

    @Test
    void tradersAndViewersLandOnTheTraderDashboard() {
        for (String member : new String[]{"trader", "viewer"}) {
            HttpResponse<String> response = signedIn(member).get("/dashboard?x=1");
            assertEquals("/dashboard/trader?x=1", WebClient.location(response), member);
        }
    }

    @Test
    void theCommunityDashboardShowsMemberCountsFromTheDatabase() {
        String communityId = Fixtures.demoCommunityId();
        long members = TestStore.database().getCollection("memberships").countDocuments(new Document("communityId", communityId));
        long traders = TestStore.database().getCollection("memberships")
                .countDocuments(new Document("communityId", communityId).append("role", "TRADER"));

        String page = signedIn("host").get("/dashboard/community").body();

        assertTrue(page.contains("Community overview"), page);
        assertTrue(page.contains("id=\"totalMembers\">" + members + "<"), page);
        assertTrue(page.contains("Trader</td><td role=\"gridcell\" class=\"number\">" + traders + "<"), page);
    }

    @Test
    void aTraderOnAnyCommunityPageGetsA403PageThatNamesTheRoleNeededAndIsAudited() {
        WebClient trader = signedIn("trader");
        long before = Fixtures.audits("access.forbidden", "trader");
        for (String path : new String[]{"/dashboard/community", "/dashboard/community/members?page=2"}) {
            HttpResponse<String> response = trader.get(path);
            assertEquals(403, response.statusCode(), path);
            assertTrue(response.body().contains("host role (owner, admin or moderator)"), response.body());
        }
        assertEquals(before + 2, Fixtures.audits("access.forbidden", "trader"));
    }

    @Test
    void theCommunityApiAnswers403JsonToAViewer() {
        HttpResponse<String> response = new WebClient(base).basic("viewer", "demo").get("/api/community/overview");
        assertEquals(403, response.statusCode());
        assertEquals("forbidden", WebClient.json(response).getString("error"));
        assertTrue(WebClient.json(response).getString("message").contains("host role"));
    }

    @Test
    void hostsMayViewTheTraderDashboardWithABanner() {
        String hostView = signedIn("host").get("/dashboard/trader").body();
        assertTrue(hostView.contains("Viewing as trader"), hostView);
        String traderView = signedIn("trader").get("/dashboard/trader").body();
        assertFalse(traderView.contains("Viewing as trader"));
        assertTrue(traderView.contains("Open positions") && traderView.contains("Demo Community"), traderView);
    }

    @Test
    void aSuspendedMemberSeesWhyOnTheTraderDashboard() {
        String username = "member-suspended-" + System.nanoTime();
        String userId = Fixtures.createUser(username, "ACTIVE", null);
        Fixtures.addMember(Fixtures.demoCommunityId(), userId, "TRADER", "SUSPENDED", "Spamming the signals channel.");

        String page = signedIn(username).get("/dashboard/trader").body();

        assertTrue(page.contains("Your membership in Demo Community is suspended."), page);
        assertTrue(page.contains("Spamming the signals channel."));
    }

    @Test
    void unauthenticatedRequestsGoToLoginWithTheirReturnTo() {
        HttpResponse<String> response = new WebClient(base).get("/dashboard/community/members?page=2&sort=name");
        assertEquals(302, response.statusCode());
        assertEquals("/login?returnTo=%2Fdashboard%2Fcommunity%2Fmembers%3Fpage%3D2%26sort%3Dname", WebClient.location(response));
        assertEquals("/dashboard", WebClient.location(new WebClient(base).get("/")));
    }

    @Test
    void returnToIsHonouredOnlyWhereTheUserMayGo() {
        assertEquals("/dashboard/community?tab=providers",
                WebClient.location(new WebClient(base).signIn("mod", "demo", "/dashboard/community?tab=providers")));
        assertEquals("/dashboard", WebClient.location(new WebClient(base).signIn("trader", "demo", "/dashboard/community")));
        assertEquals("/dashboard", WebClient.location(new WebClient(base).signIn("trader", "demo", "//evil.example/dashboard")));
        assertEquals("/dashboard/trader?welcome=1",
                WebClient.location(new WebClient(base).signIn("trader", "demo", "/dashboard/trader?welcome=1")));
    }
}
