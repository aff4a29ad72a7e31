package org.tradeexecutor.realtime.boundary;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PRODUCT R4, T5 in Chromium: a signal's fill shows as a toast and the position appears on the open page without a
 * reload (and, in a browser without WebSocket, by polling); a watched symbol's quote moves in place; a host's activity
 * feed shows signals, executions and members joining as they happen; an invite code typed on the trader page joins.
 */
class LiveDashboardBrowserIT extends InBrowser {

    @Test
    void aFillArrivesAsAToastAndThePositionAppearsWithoutReload() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("live", "ON");
        signIn(community.username("live"), "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader"));
        waiting().until(ExpectedConditions.attributeToBe(By.id("liveIndicator"), "data-state", "up"));
        browser.executeScript("window.notReloaded = true;");

        community.signal("BUY AMD SL 50");

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Filled: buy"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("trading:positions"), "AMD"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("trading:orders"), "filled"));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.notReloaded === true;"), "the page was not reloaded");
        Files.write(Path.of("target", "screenshot-live.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void withoutWebSocketThePagePollsAndStillShowsAFill() {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "delete window.WebSocket;"));
        TradingCommunity community = new TradingCommunity(base);
        community.trader("poller", "ON");
        signIn(community.username("poller"), "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader"));
        waiting().until(ExpectedConditions.attributeToBe(By.id("liveIndicator"), "data-state", "polling"));

        community.signal("BUY AMD SL 50");

        new WebDriverWait(browser, Duration.ofSeconds(25))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("trading:positions"), "AMD"));
    }

    @Test
    void aWatchedSymbolIsKeptAndItsQuoteMovesInPlace() {
        TradingCommunity community = new TradingCommunity(base);
        WebClient api = community.trader("watcher", null);
        signIn(community.username("watcher"), "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader"));
        waiting().until(ExpectedConditions.attributeToBe(By.id("liveIndicator"), "data-state", "up"));

        browser.findElement(By.id("trading:newSymbol")).sendKeys("aapl");
        browser.findElement(By.id("trading:watchButton")).click();
        By bid = By.cssSelector("[data-quote='AAPL'][data-field='bid']");
        waiting().until(ExpectedConditions.presenceOfElementLocated(bid));
        assertTrue(WebClient.json(api.get("/api/trader/watchlist")).getJsonArray("symbols").getString(0).equals("AAPL"), "kept for the trader");

        // Quotes hold still in tests: blank the cell and see the next quote message write the price back.
        browser.executeScript("document.querySelector(\"[data-quote='AAPL'][data-field='bid']\").textContent = 'waiting';");
        waiting().until(driver -> driver.findElement(bid).getText().matches("\\d+(\\.\\d+)?"));

        browser.findElement(By.id("trading:watchlist:0:unwatchButton")).click();
        waiting().until(ExpectedConditions.numberOfElementsToBe(bid, 0));
        assertTrue(WebClient.json(api.get("/api/trader/watchlist")).getJsonArray("symbols").isEmpty(), "removed for the trader");
    }

    @Test
    void aHostSeesSignalsAndExecutionsInTheLiveActivityFeed() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("feed", "ON");
        signIn("exec-host-" + community.tag, "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/community"));
        waiting().until(ExpectedConditions.attributeToBe(By.id("liveIndicator"), "data-state", "up"));

        community.signal("BUY AMD SL 50");

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("activityFeed"), "Signal received: entry AMD"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("activityFeed"), "filled: " + community.username("feed")));

        String code = WebClient.json(community.host.sendJson("POST", "/api/community/invites", "{}")).getString("code");
        String newcomer = "feed-newcomer-" + community.tag;
        Fixtures.createUser(newcomer, "ACTIVE", null);
        assertEquals(201, new WebClient(base).basic(newcomer, "demo").sendJson("POST", "/api/me/memberships", "{\"inviteCode\":\"" + code + "\"}").statusCode());
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("activityFeed"), "Member joined: " + newcomer + " (trader)"));
        Files.write(Path.of("target", "screenshot-community.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void someoneWithoutACommunityJoinsWithAnInviteCodeOnTheTraderPage() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        String code = WebClient.json(community.host.sendJson("POST", "/api/community/invites", "{}")).getString("code");
        String newcomer = "page-newcomer-" + community.tag;
        Fixtures.createUser(newcomer, "ACTIVE", null);
        signIn(newcomer, "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader"));

        browser.findElement(By.id("join:inviteCode")).sendKeys("WRONGCODE1");
        browser.findElement(By.id("join:joinButton")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("join:joinMessages"), "no such invite code"));

        browser.findElement(By.id("join:inviteCode")).clear();
        browser.findElement(By.id("join:inviteCode")).sendKeys(code);
        browser.findElement(By.id("join:joinButton")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("memberships"), "Execution Guild " + community.tag));
        Files.write(Path.of("target", "screenshot-joined.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
