package org.tradeexecutor.support;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

/** A browser test against the shared server: a fresh headless Chromium for every test. */
@ExtendWith(ArquillianExtension.class)
public abstract class InBrowser {

    @ArquillianResource
    protected URL base;

    protected ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    protected void signIn(String username, String password) {
        Browser.signIn(browser, base, username, password);
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }
}
