package org.tradeexecutor.portfolio.boundary;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tradeexecutor.support.Browser;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trader dashboard in Chromium (PRODUCT X1, X8, T3): an order waiting for confirmation is confirmed on the page,
 * its position appears marked to the quotes and is closed by hand; the risk profile page refuses a value out of range
 * and saves a preset.
 */
class TraderDashboardBrowserIT extends InBrowser {

    @Test
    void confirmAnOrderSeeThePositionAndCloseIt() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("asker", "OFF");
        String username = community.username("asker");
        community.awaitExecutions(community.signal("BUY AMZN SL 150"), 1, TradingCommunity::settled);
        signIn(username, "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader"));

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("trading:confirmations"), "AMZN"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("trading:positions"), "No open positions."));
        click(By.cssSelector("[id$='confirmButton']"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("trading:messages"), "AMZN buy: filled."));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("trading:positions"), "AMZN"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("trading:positions"), "Alerts")); // the provider's name
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("trading:orders"), "filled"));
        Files.write(Path.of("target", "screenshot-trader-positions.png"), browser.getScreenshotAs(OutputType.BYTES));

        String userId = Fixtures.user(username).getString("_id");
        Document position = TestStore.database().getCollection("positions").find(new Document("userId", userId)).first();
        assertEquals("OPEN", position.getString("status"));

        click(By.cssSelector("[id$='closeButton']"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("trading:confirmYes"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("trading:messages"), "Closing AMZN: filled."));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("trading:positions"), "No open positions."));
        assertEquals("CLOSED", TestStore.database().getCollection("positions").find(new Document("_id", position.getString("_id"))).first()
                .getString("status"));
        assertEquals(1, TestStore.database().getCollection("trades").countDocuments(new Document("userId", userId)));
    }

    @Test
    void theRiskProfilePageRefusesAnOutOfRangeValueAndSavesAPreset() {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("careful", null);
        String username = community.username("careful");
        signIn(username, "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader"));
        browser.get(Browser.url(base, "/dashboard/trader/risk"));

        var riskPerTrade = waiting().until(ExpectedConditions.elementToBeClickable(By.id("risk:riskPerTrade_input")));
        assertTrue(!browser.findElements(By.id("risk:kellyCap_input")).isEmpty(), "Kelly is offered: providers keep records");
        assertTrue(browser.findElement(By.id("risk:sizingMode")).getAttribute("innerHTML").contains("KELLY"));
        riskPerTrade.sendKeys(Keys.chord(Keys.CONTROL, "a"), "50");
        browser.findElement(By.id("risk:save")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("risk:messages"), "isk"));
        String userId = Fixtures.user(username).getString("_id");
        assertEquals(0, TestStore.database().getCollection("risk_profiles").countDocuments(new Document("_id", userId)), "nothing saved");

        browser.findElement(By.xpath("//button[.//span[text()='conservative']]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("risk:messages"), "conservative settings are in the form"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("risk:save"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("risk:messages"), "Saved."));
        Document saved = TestStore.database().getCollection("risk_profiles").find(new Document("_id", userId)).first();
        assertEquals(0, new java.math.BigDecimal("0.5").compareTo(((org.bson.types.Decimal128) saved.get("riskPerTradePercent")).bigDecimalValue()));
    }
}
