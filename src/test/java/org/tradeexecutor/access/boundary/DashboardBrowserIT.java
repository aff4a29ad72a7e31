package org.tradeexecutor.access.boundary;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person in a real browser: sign in as a host and as a trader, and see where each lands. */
class DashboardBrowserIT extends InBrowser {

    private String heading(WebDriver driver) {
        return waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("pageTitle"))).getText();
    }

    @Test
    void aHostLandsOnTheCommunityOverview() throws Exception {
        signIn("host", "demo");

        assertEquals("Community overview", heading(browser));
        assertTrue(browser.getCurrentUrl().endsWith("/dashboard/community"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("communityName")).getText().contains("Demo Community"));
        assertTrue(browser.findElement(By.cssSelector("[id$='roleCounts']")).getText().contains("Owner"));
        Files.write(Path.of("target", "screenshot-community.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aTraderLandsOnTheTraderOverviewAndCanSignOut() throws Exception {
        signIn("trader", "demo");

        assertEquals("Trader overview", heading(browser));
        assertTrue(browser.getCurrentUrl().endsWith("/dashboard/trader"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("trading:account")).getText().contains("Equity"));
        Files.write(Path.of("target", "screenshot-trader.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.cssSelector("[id$='userMenu_button']")).click();
        waiting()
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//span[normalize-space()='Sign out']"))).click();
        waiting().until(ExpectedConditions.urlContains("/login"));
        assertTrue(browser.getPageSource().contains("Signed out."));
    }

    @Test
    void switchingTheActiveCommunityLandsOnTheDashboardOfTheRoleThere() {
        String username = "switcher-" + System.nanoTime();
        Fixtures.createTraderOwningAnotherCommunity(username, "Switcher Guild");
        signIn(username, "demo");
        assertEquals("Trader overview", heading(browser));

        choose("nav:community", "Switcher Guild (Owner)");

        waiting().until(ExpectedConditions.urlContains("/dashboard/community"));
        assertEquals("Community overview", heading(browser));
        assertTrue(browser.findElement(By.id("communityName")).getText().contains("Switcher Guild"));
    }

    @Test
    void wrongCredentialsShowTheMessageOnThePage() {
        signIn("trader", "wrong password");
        assertTrue(waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Wrong username or password.")));
    }
}
