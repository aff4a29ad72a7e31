package org.tradeexecutor.realtime.boundary;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.TradingCommunity;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PRODUCT R4 in Chromium: a signal's fill shows as a toast and the position appears on the open page, without a reload. */
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
}
