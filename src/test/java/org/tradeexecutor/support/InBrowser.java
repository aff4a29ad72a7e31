package org.tradeexecutor.support;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A browser test against the shared server: a fresh headless Chromium for every test. */
@ExtendWith(ArquillianExtension.class)
public abstract class InBrowser {

    @ArquillianResource
    protected URL base;

    protected ChromeDriver browser;

    /** Where the browser saves what it downloads (a fresh folder per test). */
    protected Path downloads;

    @BeforeEach
    void openBrowser() throws IOException {
        downloads = Files.createTempDirectory("downloads");
        browser = Browser.start(downloads);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    protected void signIn(String username, String password) {
        Browser.signIn(browser, base, username, password);
    }

    /**
     * Waits up to 15 s. An element re-rendered by a live update between being found and being read is looked for
     * again: Chromium reports that as a stale element or as a node that "does not belong to the document".
     */
    protected WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        // "unhandled inspector error: Node with given id does not belong to the document" comes as a plain WebDriverException.
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Clicks the element, found again if a live update re-rendered it between finding and clicking. */
    protected void click(By element) {
        waiting().until(driver -> {
            driver.findElement(element).click();
            return true;
        });
    }

    /**
     * Picks an item of a PrimeFaces select menu as a person does: open it, click the item, see it chosen (or the page
     * move on). Right after an Ajax update PrimeFaces binds the new widget a moment after the markup is there, and a
     * click in between does nothing, and a panel still moving into place takes no click — then, like a person, open it
     * and click again (at most three times).
     */
    protected void choose(String menuId, String label) {
        String urlBefore = browser.getCurrentUrl();
        for (int attempt = 1; ; attempt++) {
            try {
                waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-trigger"))).click();
                shortly().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']"))).click();
                shortly().ignoring(StaleElementReferenceException.class).until(driver -> !driver.getCurrentUrl().equals(urlBefore)
                        || label.equals(driver.findElement(By.id(menuId + "_label")).getText()));
                return;
            } catch (WebDriverException notYet) {
                // Not bound yet, re-rendered meanwhile (stale), or the panel still moving into place (click intercepted).
                if (attempt == 3) {
                    throw notYet;
                }
            }
        }
    }

    private WebDriverWait shortly() {
        return new WebDriverWait(browser, Duration.ofSeconds(4));
    }
}
