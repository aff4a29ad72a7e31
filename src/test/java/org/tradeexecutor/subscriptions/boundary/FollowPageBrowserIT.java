package org.tradeexecutor.subscriptions.boundary;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tradeexecutor.support.Browser;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PRODUCT T1 on the page: a trader follows a provider, turns auto-execute on with a stop override, and unfollows. */
class FollowPageBrowserIT extends InBrowser {

    @Test
    void followChangeTheSettingsAndUnfollow() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("follower", null);
        String username = community.username("follower");
        signIn(username, "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader"));

        browser.get(Browser.url(base, "/dashboard/trader/providers"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow:list"), "not following"));
        browser.findElement(By.cssSelector("[id$='followButton']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow:messages"), "You follow Alerts"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow:list"), "following · auto-execute inherit"));

        // Choosing the provider loads its settings and re-renders the form: wait for the new form before touching it.
        WebElement formBefore = browser.findElement(By.id("follow:autoExecute"));
        choose("follow:editProvider", "Alerts");
        waiting().until(ExpectedConditions.stalenessOf(formBefore));
        waiting().until(ExpectedConditions.textToBe(By.id("follow:editProvider_label"), "Alerts"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='follow:autoExecute:1']"))).click();
        waiting().until(ExpectedConditions.elementSelectionStateToBe(By.id("follow:autoExecute:1"), true));
        browser.findElement(By.id("follow:stopLoss_input")).sendKeys("3");
        browser.findElement(By.id("follow:save")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow:messages"), "Saved."));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow:list"), "auto-execute on"));
        Files.write(Path.of("target", "screenshot-follow.png"), browser.getScreenshotAs(OutputType.BYTES));

        String userId = Fixtures.user(username).getString("_id");
        Document subscription = TestStore.database().getCollection("subscriptions")
                .find(new Document("userId", userId).append("providerId", community.providerId)).first();
        assertEquals("ON", subscription.getString("autoExecute"));
        assertEquals(0, new java.math.BigDecimal("3").compareTo(((org.bson.types.Decimal128) subscription.get("stopLossPercentOverride")).bigDecimalValue()));

        browser.findElement(By.cssSelector("[id$='unfollowButton']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow:list"), "not following"));
        assertEquals(Boolean.FALSE, TestStore.database().getCollection("subscriptions").find(new Document("_id", subscription.getString("_id")))
                .first().getBoolean("active"));
    }

    @Test
    void aViewerIsToldTheyReadOnlyAndFollowsNothing() {
        TradingCommunity community = new TradingCommunity(base);
        String username = community.username("looker");
        String userId = Fixtures.createUser(username, "ACTIVE", null);
        Fixtures.addMember(community.communityId, userId, "VIEWER");
        signIn(username, "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader"));

        browser.get(Browser.url(base, "/dashboard/trader/providers"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow:list"), "not following"));
        browser.findElement(By.cssSelector("[id$='followButton']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow:messages"), "read-only"));
        assertEquals(0, TestStore.database().getCollection("subscriptions").countDocuments(new Document("userId", userId)));
    }
}
