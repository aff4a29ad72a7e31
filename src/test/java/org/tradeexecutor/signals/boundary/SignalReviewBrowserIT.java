package org.tradeexecutor.signals.boundary;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tradeexecutor.support.Browser;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT S6 in the browser: the menu counts what waits, the host corrects and approves one, dismisses the other. */
class SignalReviewBrowserIT extends InBrowser {

    @Test
    void aHostCorrectsAndApprovesOneSignalAndDismissesAnother() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        String stem = "PG" + Long.toString(System.nanoTime() % 1296, 36).toUpperCase();
        String doubtful = community.signal("BUY " + stem + "A SL 20 pips");
        String other = community.signal("Move SL to TP1 on " + stem + "B");
        signIn("exec-host-" + community.tag, "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard"));

        browser.get(Browser.url(base, "/dashboard/community/signals"));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewTitle")));
        assertEquals("Waiting for review (2)", browser.findElement(By.id("reviewTitle")).getText());
        assertTrue(browser.findElement(By.id("nav")).getText().contains("Signals (2 to review)"), browser.findElement(By.id("nav")).getText());

        WebElement first = browser.findElement(By.cssSelector(".review-item[data-signal='" + doubtful + "']"));
        assertTrue(first.getText().contains("distance"), first.getText());
        WebElement stop = first.findElement(By.cssSelector("input[id$=':stop_input']"));
        stop.clear();
        stop.sendKeys("1");
        Files.write(Path.of("target", "screenshot-signal-review.png"), browser.getScreenshotAs(OutputType.BYTES));
        first.findElement(By.cssSelector("button[id$=':approve']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("review:reviewMessages"), "Approved"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("review"), "Waiting for review (1)"));
        assertTrue(browser.findElement(By.id("nav")).getText().contains("Signals (1 to review)"));

        browser.findElement(By.cssSelector(".review-item[data-signal='" + other + "'] button[id$=':dismiss']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("review:reviewMessages"), "Dismissed"));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("reviewTitle")));
        assertTrue(browser.findElement(By.id("nav")).getText().contains("Signals") && !browser.findElement(By.id("nav")).getText().contains("to review"));

        JsonObject approved = WebClient.json(community.host.get("/api/signals/" + doubtful));
        assertEquals(1, approved.getJsonObject("parsed").getJsonNumber("stopLoss").intValue(), "the stop typed in the page is the one that runs");
        assertEquals("APPROVED", approved.getJsonObject("review").getString("state"));
        assertEquals("DISMISSED", WebClient.json(community.host.get("/api/signals/" + other)).getJsonObject("review").getString("state"));
    }
}
