package org.tradeexecutor.realtime.boundary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tradeexecutor.support.Browser;
import org.tradeexecutor.support.DemoDeployment;
import org.tradeexecutor.support.ServerProcess;

import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PRODUCT R4 across a restart, in Chromium: the trader's open dashboard shows the connection go down when the server
 * stops and come back when it is up again (still signed in: the sign-in is remembered in the store), and live updates
 * resume: a signal posted after the restart shows as a toast and a new position on the same tab, whose mark then moves
 * with the (simulated) market.
 */
class ServerRestartBrowserIT {

    private ServerProcess server;
    private ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.kill();
        }
    }

    @Test
    void theIndicatorGoesDownAndUpAgainAndUpdatesResumeAfterARestart() throws Exception {
        DemoDeployment demo = new DemoDeployment("trade_executor_restart").with("QUOTES_VOLATILITY_PERCENT", "400");
        server = new ServerProcess("restart", demo.settings).start();
        URL base = server.uri("/").toURL();
        browser = Browser.start();
        Browser.signIn(browser, base, "trader", "demo");
        waiting(15).until(ExpectedConditions.urlContains("/dashboard/trader"));
        waiting(15).until(ExpectedConditions.attributeToBe(By.id("liveIndicator"), "data-state", "up"));
        browser.executeScript("window.beforeRestart = true;");

        server.stop();
        waiting(15).until(ExpectedConditions.attributeToBe(By.id("liveIndicator"), "data-state", "down"));
        server.start();

        // The tab reconnects by itself (backoff with jitter), meets a new instance and loads the page again, signed in.
        waiting(90).until(driver -> Boolean.TRUE.equals(((ChromeDriver) driver).executeScript(
                "return window.beforeRestart === undefined && document.readyState === 'complete';")));
        waiting(30).until(ExpectedConditions.attributeToBe(By.id("liveIndicator"), "data-state", "up"));
        assertEquals("/dashboard/trader", java.net.URI.create(browser.getCurrentUrl()).getPath(), "still signed in after the restart");
        browser.executeScript("window.afterRestart = true;");

        assertEquals(202, demo.signal(server, "BUY NVDA SL 100").statusCode());
        waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "Filled: buy"));
        waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("trading:positions"), "NVDA"));
        By mark = By.cssSelector("[data-field='markPrice']");
        String markedAt = browser.findElement(mark).getText();
        waiting(20).until(driver -> !driver.findElement(mark).getText().equals(markedAt));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.afterRestart === true;"),
                "the fill and the mark moving with the quotes came without a reload");
    }

    private WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }
}
