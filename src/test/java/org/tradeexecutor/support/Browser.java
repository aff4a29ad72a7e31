package org.tradeexecutor.support;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Headless Chromium from the Debian packages (chromium, chromium-driver), driven by Selenium. The paths are given
 * explicitly so that Selenium Manager never tries to download a browser.
 */
public final class Browser {

    private Browser() {
    }

    /** An address inside the application under test. */
    public static String url(URL base, String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** Opens a dashboard URL, is sent to the login page, and signs in there (fields found by their labels). */
    public static void signIn(ChromeDriver browser, URL base, String username, String password) {
        browser.get(url(base, "/dashboard"));
        String usernameId = browser.findElement(By.xpath("//label[starts-with(normalize-space(),'Username')]")).getAttribute("for");
        String passwordId = browser.findElement(By.xpath("//label[starts-with(normalize-space(),'Password')]")).getAttribute("for");
        browser.findElement(By.id(usernameId)).sendKeys(username);
        browser.findElement(By.id(passwordId)).sendKeys(password);
        browser.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
    }

    public static ChromeDriver start() {
        try {
            return start(Files.createTempDirectory("chromium-downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser that saves downloads into {@code downloads} without asking. */
    public static ChromeDriver start(Path downloads) {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions()
                    .setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                            "download.prompt_for_download", false))
                    .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                    .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
