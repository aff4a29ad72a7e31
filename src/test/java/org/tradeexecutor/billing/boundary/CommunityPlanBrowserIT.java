package org.tradeexecutor.billing.boundary;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tradeexecutor.support.Browser;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.PolarDelivery;
import org.tradeexecutor.support.TestStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan page in Chromium (PRODUCT C6): after Polar's webhook the host reads the new plan, its renewal date and the
 * usage against each limit, the numbers recomputed from the store. Screenshot in target/.
 */
class CommunityPlanBrowserIT extends InBrowser {

    @Test
    void theHostReadsThePlanItsRenewalAndUsageAfterPolarsWebhook() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String hostName = "plan-host-" + tag;
        String communityId = Fixtures.createOwnedCommunity(hostName, "Plan Guild " + tag, "FREE");
        Fixtures.addMember(communityId, Fixtures.createUser("plan-member-" + tag, "ACTIVE", null), "TRADER");
        Instant renews = Instant.now().plus(Duration.ofDays(29)).truncatedTo(ChronoUnit.SECONDS);
        String event = PolarDelivery.event(Map.of("type", "subscription.active", "status", "active", "productId", PolarDelivery.PROFESSIONAL_PRODUCT,
                "cancelAtPeriodEnd", "false", "sentAt", Instant.now().toString(), "periodEnd", renews.toString(),
                "subscriptionId", UUID.randomUUID().toString(), "communityId", communityId));
        assertEquals(202, PolarDelivery.send(base, "msg_" + tag, Instant.now(), event, PolarDelivery.SECRET).statusCode());

        signIn(hostName, "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/community"));
        browser.get(Browser.url(base, "/dashboard/community/plan"));
        waiting().until(ExpectedConditions.textToBe(By.id("planName"), "Professional"));
        String billing = browser.findElement(By.id("billing")).getText();
        String day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(renews.atZone(ZoneOffset.UTC));
        assertTrue(billing.contains("Active, renews " + day), billing);
        long members = TestStore.database().getCollection("memberships").countDocuments(new Document("communityId", communityId));
        assertEquals(Long.toString(members), browser.findElement(By.cssSelector("[data-limit='members']")).getText());
        assertEquals("0", browser.findElement(By.cssSelector("[data-limit='providers']")).getText());
        assertTrue(browser.findElement(By.id("plan:usage")).getText().contains("1,000"), "the professional plan's member limit");
        Files.write(Path.of("target", "community-plan.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
