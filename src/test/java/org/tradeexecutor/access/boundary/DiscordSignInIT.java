package org.tradeexecutor.access.boundary;

import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.DiscordSignIn;
import org.tradeexecutor.support.DiscordStub;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign in with Discord over real HTTP against {@link DiscordStub} (PRODUCT A1, A6): the account is found by Discord
 * user id, the session follows the sign-in page's rules, and every way it goes wrong — foreign or replayed state,
 * cancelled consent, expired code, rate limits, refused tokens, Discord unreachable — ends on the sign-in page with
 * the reason, signed out, audited.
 */
@ExtendWith(ArquillianExtension.class)
class DiscordSignInIT {

    @ArquillianResource
    URL base;

    @BeforeEach
    void stub() {
        DiscordStub.start();
        DiscordStub.reset();
    }

    @AfterEach
    void calm() {
        DiscordStub.reset();
    }

    private static DiscordStub.DiscordUser someone(String name, String... guilds) {
        String id = String.valueOf(900_000_000_000_000_000L + (System.nanoTime() % 99_999_999_999_999_999L));
        return new DiscordStub.DiscordUser(id, name + Long.toString(System.nanoTime(), 36), "Someone " + name, List.of(guilds));
    }

    @Test
    void theFirstSignInMakesAnAccountAndLaterOnesFindItByDiscordIdNotByName() {
        WebClient browser = new WebClient(base);
        assertTrue(browser.get("/login").body().contains("Sign in with Discord"), "the button shows when Discord is configured");
        String anonymousSession = browser.cookie("DTESESSION").orElseThrow();
        DiscordStub.DiscordUser user = someone("newcomer");

        HttpResponse<String> first = DiscordSignIn.signIn(browser, user);

        assertEquals(302, first.statusCode(), first.body());
        assertEquals("/dashboard/trader/join", WebClient.location(first), "no community yet: the onboarding page");
        assertNotEquals(anonymousSession, browser.cookie("DTESESSION").orElseThrow(), "a new session id");
        assertTrue(browser.cookie("DTESIGNIN").isPresent(), "remembered like a password sign-in");
        String userId = WebClient.json(browser.get("/api/me")).getString("id");
        assertEquals(200, browser.get("/dashboard/trader/join").statusCode());

        Document identity = TestStore.database().getCollection("discord_identities").find(new Document("_id", user.id())).first();
        assertEquals(userId, identity.getString("userId"));
        assertEquals(1, Fixtures.audits("auth.account_created", WebClient.json(browser.get("/api/me")).getString("username")));
        assertEquals(user.id(), WebClient.json(browser.get("/api/me")).getString("discordUserId"));

        // Renamed on Discord since: still the same account.
        DiscordStub.DiscordUser renamed = new DiscordStub.DiscordUser(user.id(), "renamed" + Long.toString(System.nanoTime(), 36), null, List.of());
        WebClient again = new WebClient(base);
        DiscordSignIn.signIn(again, renamed);
        assertEquals(userId, WebClient.json(again.get("/api/me")).getString("id"));
        assertEquals(1, TestStore.database().getCollection("users").countDocuments(new Document("discordUserId", user.id())));
    }

    @Test
    void aMemberOfTheServerIsOfferedTheCommunityAndJoinsAsTraderOrJoinsAtOnceWhenTheHostSaysSo() {
        TradingCommunity offered = new TradingCommunity(base);
        TradingCommunity automatic = new TradingCommunity(base);
        String offeredGuild = "7" + System.nanoTime();
        String automaticGuild = "8" + System.nanoTime();
        assertEquals(200, offered.host.sendJson("PUT", "/api/community/settings", "{\"discordGuildId\":\"" + offeredGuild + "\"}").statusCode());
        assertEquals(200, automatic.host.sendJson("PUT", "/api/community/settings",
                "{\"discordGuildId\":\"" + automaticGuild + "\",\"joinGuildMembers\":true}").statusCode());
        WebClient browser = new WebClient(base);

        HttpResponse<String> signedIn = DiscordSignIn.signIn(browser, someone("guildie", offeredGuild, automaticGuild, "123456789"));

        assertEquals("/dashboard/trader/join", WebClient.location(signedIn), "one community is still offered");
        String page = browser.get("/dashboard/trader/join").body();
        assertTrue(page.contains("Join Execution Guild " + offered.tag + " as trader"), page);
        assertFalse(page.contains("Join Execution Guild " + automatic.tag), "already joined, not offered");
        var memberships = WebClient.json(browser.get("/api/me")).getJsonArray("communities");
        assertEquals(1, memberships.size(), memberships.toString());
        assertEquals(automatic.communityId, memberships.getJsonObject(0).getString("id"));
        assertEquals("trader", memberships.getJsonObject(0).getString("role"));
    }

    @Test
    void aStateFromAnotherBrowserOrUsedBeforeIsRefusedAndSignsNobodyIn() {
        DiscordStub.nextUser(someone("victim"));
        WebClient attacker = new WebClient(base);
        String callback = DiscordSignIn.consent(attacker, "", "authorize");
        WebClient victim = new WebClient(base);
        victim.get("/login/discord"); // a sign-in of the victim's own is under way, with another state
        long refusedBefore = refusals("state_mismatch");

        assertRefused(victim.get(callback), "state_mismatch");
        assertEquals(401, victim.get("/api/me").statusCode(), "nobody signed in");

        HttpResponse<String> used = attacker.get(callback);
        assertEquals(302, used.statusCode());
        assertRefused(attacker.get(callback), "state_mismatch"); // the same callback again: the state was used
        assertEquals(refusedBefore + 2, refusals("state_mismatch"));
    }

    @Test
    void cancelledConsentAnExpiredCodeAndRefusedTokensEndOnTheSignInPageSignedOut() {
        DiscordStub.nextUser(someone("hesitant"));
        WebClient browser = new WebClient(base);
        long before = refusals("consent_denied");
        HttpResponse<String> cancelled = browser.get(DiscordSignIn.consent(browser, "", "cancel"));
        assertRefused(cancelled, "consent_denied");
        assertEquals(before + 1, refusals("consent_denied"));
        String page = browser.get(WebClient.location(cancelled)).body();
        assertTrue(page.contains("Discord sign-in was cancelled"), page);
        assertEquals(401, browser.get("/api/me").statusCode());

        String late = DiscordSignIn.consent(browser, "", "authorize");
        DiscordStub.expireCodes();
        assertRefused(browser.get(late), "code_rejected");

        DiscordStub.rejectTokens(true);
        assertRefused(browser.get(DiscordSignIn.consent(browser, "", "authorize")), "token_rejected");
        assertEquals(401, browser.get("/api/me").statusCode());
    }

    @Test
    void aShortRateLimitIsWaitedOutALongOneAndAnUnreachableDiscordAreExplained() {
        WebClient browser = new WebClient(base);
        DiscordStub.rateLimitNext("/api/v10/users/@me", 0.4);
        HttpResponse<String> waited = DiscordSignIn.signIn(browser, someone("patient"));
        assertEquals("/dashboard/trader/join", WebClient.location(waited), "asked again after retry_after");
        assertEquals(200, browser.get("/api/me").statusCode());

        WebClient second = new WebClient(base);
        DiscordStub.nextUser(someone("impatient"));
        String callback = DiscordSignIn.consent(second, "", "authorize");
        DiscordStub.rateLimitNext("/api/v10/oauth2/token", 30);
        assertRefused(second.get(callback), "rate_limited");

        WebClient third = new WebClient(base);
        String unreachable = DiscordSignIn.consent(third, "", "authorize");
        DiscordStub.unreachable(true);
        assertRefused(third.get(unreachable), "unreachable");
        assertTrue(third.get("/login?discord=unreachable").body().contains("Discord could not be reached"));
        assertEquals(401, third.get("/api/me").statusCode());
    }

    @Test
    void aSignedInUserLinksDiscordAndThenSignsInWithIt() {
        String username = Fixtures.newTrader("linker");
        WebClient browser = new WebClient(base);
        browser.signIn(username, "demo");
        assertTrue(browser.get("/dashboard/trader").body().contains("Link Discord"), "offered in the user menu");
        DiscordStub.DiscordUser discord = someone("linked");
        DiscordStub.nextUser(discord);

        HttpResponse<String> linked = browser.get(DiscordSignIn.consent(browser, "?link=true&returnTo=/dashboard/trader", "authorize"));

        assertEquals("/dashboard/trader?discord=linked", WebClient.location(linked));
        assertTrue(browser.get("/dashboard/trader?discord=linked").body().contains("Discord linked"));
        assertEquals(1, Fixtures.audits("auth.discord_linked", username));
        WebClient later = new WebClient(base);
        DiscordSignIn.signIn(later, discord);
        assertEquals(username, WebClient.json(later.get("/api/me")).getString("username"));

        // The same Discord account cannot be linked to a second account.
        WebClient other = new WebClient(base);
        other.signIn(Fixtures.newTrader("second"), "demo");
        DiscordStub.nextUser(discord);
        HttpResponse<String> refused = other.get(DiscordSignIn.consent(other, "?link=true&returnTo=/dashboard/trader", "authorize"));
        assertEquals("/dashboard/trader?discord=already_linked", WebClient.location(refused));
        assertEquals(200, other.get("/api/me").statusCode(), "still signed in as themselves");
    }

    private static void assertRefused(HttpResponse<String> response, String code) {
        assertEquals(302, response.statusCode(), response.body());
        assertEquals("/login?discord=" + code, WebClient.location(response));
    }

    private static long refusals(String code) {
        return TestStore.database().getCollection("security_audits").countDocuments(new Document("action", "auth.failed_login")
                .append("resource", "/login/discord").append("detail", Pattern.compile("^" + code)));
    }
}
