package org.tradeexecutor.access.boundary;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tradeexecutor.support.Browser;
import org.tradeexecutor.support.DiscordStub;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;
import org.bson.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign in with Discord in Chromium, through the {@link DiscordStub}'s consent page and the real redirects (PRODUCT A1,
 * A6): a newcomer lands on the onboarding page, is offered the community of their Discord server and joins it as a
 * trader; one who cancels is back on the sign-in page, told so, signed out. Screenshot in target/.
 */
class DiscordSignInBrowserIT extends InBrowser {

    @BeforeEach
    void stub() {
        DiscordStub.start();
        DiscordStub.reset();
    }

    @Test
    void aNewcomerSignsInWithDiscordAndJoinsTheCommunityOfTheirServer() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        String guild = "6" + System.nanoTime();
        assertEquals(200, community.host.sendJson("PUT", "/api/community/settings", "{\"discordGuildId\":\"" + guild + "\"}").statusCode());
        String discordId = "5" + System.nanoTime();
        DiscordStub.nextUser(new DiscordStub.DiscordUser(discordId, "browser" + community.tag, "Browser Newcomer", List.of(guild)));

        browser.get(Browser.url(base, "/dashboard/trader"));
        click(By.id("discordSignIn"));
        click(By.id("authorize"));
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader/join"));
        String join = "Join Execution Guild " + community.tag + " as trader";
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("guilds:offers"), join));
        Files.write(Path.of("target", "discord-onboarding.png"), browser.getScreenshotAs(OutputType.BYTES));
        click(By.xpath("//button[normalize-space()='" + join + "']"));

        waiting().until(ExpectedConditions.urlMatches(".*/dashboard/trader$"));
        String userId = TestStore.database().getCollection("discord_identities").find(new Document("_id", discordId)).first().getString("userId");
        Document membership = TestStore.database().getCollection("memberships").find(new Document("_id", community.communityId + ":" + userId)).first();
        assertEquals("TRADER", membership.getString("role"));
        assertEquals("ACTIVE", membership.getString("status"));
        assertTrue(browser.findElement(By.id("nav:userMenu")).getText().contains("Browser Newcomer"));
    }

    @Test
    void cancellingOnDiscordEndsOnTheSignInPageWithTheReason() {
        DiscordStub.nextUser(new DiscordStub.DiscordUser("4" + System.nanoTime(), "hesitant" + System.nanoTime(), null, List.of()));
        browser.get(Browser.url(base, "/login"));
        click(By.id("discordSignIn"));
        click(By.id("cancel"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("discordProblem"), "Discord sign-in was cancelled"));
        assertTrue(browser.getCurrentUrl().contains("/login?discord=consent_denied"));
        browser.get(Browser.url(base, "/dashboard"));
        waiting().until(ExpectedConditions.urlContains("/login?returnTo="));
    }
}
