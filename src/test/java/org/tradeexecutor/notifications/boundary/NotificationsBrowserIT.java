package org.tradeexecutor.notifications.boundary;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tradeexecutor.support.Browser;
import org.tradeexecutor.support.Eventually;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The notifications page in Chromium (PRODUCT T4): the menu counts the unread, the history lists the fill, "Mark all
 * read" empties the count, and a level chosen on the page is what the API then answers. Screenshot in target/.
 */
class NotificationsBrowserIT extends InBrowser {

    @Test
    void aTraderReadsTheHistoryMarksItReadAndSilencesFills() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.trader("pager", "ON");
        String signalId = community.signal("BUY AMD SL 50");
        community.awaitExecutions(signalId, 1, TradingCommunity::settled);
        Eventually.until(() -> WebClient.json(trader.get("/api/me/notifications/unread")).getInt("unread") > 0, "an unread notification");
        int unread = WebClient.json(trader.get("/api/me/notifications/unread")).getInt("unread");

        signIn(community.username("pager"), "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav:menu"), "Notifications (" + unread + ")"));
        browser.get(Browser.url(base, "/dashboard/trader/notifications"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history:items"), "Filled: buy"));
        Files.write(Path.of("target", "notifications.png"), browser.getScreenshotAs(OutputType.BYTES));

        click(By.id("history:markAllRead"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("unread"), "0"));
        assertEquals(0, WebClient.json(trader.get("/api/me/notifications/unread")).getInt("unread"));

        choose("preferences:levels:0:inApp", "silent");
        click(By.id("preferences:save"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("preferences:messages"), "Saved"));
        String fill = WebClient.json(trader.get("/api/me/notifications/preferences")).getJsonArray("preferences").stream()
                .map(JsonValue::asJsonObject).filter(r -> "fill".equals(r.getString("type"))).findFirst().orElseThrow().getString("inApp");
        assertEquals("silent", fill);
    }
}
