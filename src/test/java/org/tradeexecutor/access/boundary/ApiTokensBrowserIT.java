package org.tradeexecutor.access.boundary;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tradeexecutor.support.Browser;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.WebClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT A1 in Chromium: a trader makes an API token on the page, sees it once, uses it, and revokes it there. */
class ApiTokensBrowserIT extends InBrowser {

    @Test
    void aTokenMadeOnThePageWorksUntilItIsRevokedThere() {
        String username = Fixtures.newTrader("token-page");
        signIn(username, "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader"));
        browser.get(Browser.url(base, "/dashboard/trader/tokens"));

        browser.findElement(By.id("tokens:issueButton")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens:messages"), "Name the token"));

        browser.findElement(By.id("tokens:tokenName")).sendKeys("price alerts bot");
        browser.findElement(By.id("tokens:issueButton")).click();
        String token = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("newToken"))).getText();
        assertTrue(token.startsWith("dte_"), token);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens:tokenList"), "price alerts bot"));
        assertEquals(200, new WebClient(base).bearer(token).get("/api/me").statusCode());

        browser.navigate().refresh();
        assertTrue(browser.findElements(By.id("newToken")).isEmpty(), "the secret is shown once");

        browser.findElement(By.cssSelector("[id$='revokeButton']")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("tokens:confirmYes"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens:tokenList"), "No tokens yet."));
        assertEquals(401, new WebClient(base).bearer(token).get("/api/me").statusCode());
    }
}
