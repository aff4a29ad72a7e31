package org.tradeexecutor.signals.boundary;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tradeexecutor.support.Browser;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.Fixtures;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A host adds a provider, sees its secret once, opens a secret URL for unsigned senders, posts a signal by hand and finds it on the signals page. */
class ProvidersPageBrowserIT extends InBrowser {

    @Test
    void manageProvidersAndPostASignalByHand() throws Exception {
        String username = "page-host-" + System.nanoTime();
        Fixtures.createOwnedCommunity(username, "Page Guild", "ENTERPRISE");
        signIn(username, "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/community"));

        browser.get(Browser.url(base, "/dashboard/community/providers"));
        browser.findElement(By.id("providers:name")).sendKeys("TradingView alerts");
        browser.findElement(By.id("providers:create")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("providers:list"), "TradingView alerts"));
        String secretBox = browser.findElement(By.id("providers:secret")).getText();
        assertTrue(secretBox.contains("shown only once"), secretBox);
        assertTrue(browser.findElement(By.id("providers:list")).getText().contains("/api/webhooks/providers/"));

        choose("providers:editProvider", "TradingView alerts");
        browser.findElement(By.id("providers:editName")).sendKeys("TV alerts");
        browser.findElement(By.id("providers:save")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("providers:messages"), "TV alerts saved."));
        assertEquals(1, Fixtures.audits("provider.update", username));

        // A sender that cannot sign gets a secret URL, shown once, that takes bare bodies.
        browser.findElement(By.xpath("//button[.//span[text()='Secret URL']]")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("providers:secret"), "Secret URL of TV alerts"));
        String secretUrl = browser.findElement(By.cssSelector("[id='providers:secret'] .ui-message-detail, [id='providers:secret'] .ui-message-warn-detail")).getText().trim();
        assertTrue(secretUrl.contains("/t/wh_"), secretUrl);
        assertTrue(browser.findElement(By.id("providers:list")).getText().contains("also unsigned at its secret URL"));
        HttpResponse<String> unsigned = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(secretUrl))
                .POST(HttpRequest.BodyPublishers.ofString("SELL TSLA @ 250 SL 260")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, unsigned.statusCode(), unsigned.body());
        assertEquals(1, Fixtures.audits("provider.rotate_url_token", username));

        choose("providers:manualProvider", "TV alerts");
        browser.findElement(By.id("providers:manualText")).sendKeys("BUY AAPL @ 150 SL 145 TP 160");
        browser.findElement(By.id("providers:post")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("providers:messages"), "Signal stored as VALID (AAPL)"));

        assertTrue(browser.findElements(By.id("providers:secret")).isEmpty(), "the secret is shown only once");
        browser.findElement(By.id("providers:manualText")).sendKeys("BUY DIS @ 100 SL 105");
        browser.findElement(By.id("providers:post")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("providers:messages"), "wrong side"));
        Files.write(Path.of("target", "screenshot-providers.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.get(Browser.url(base, "/dashboard/community/signals"));
        String table = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signals:table"))).getText();
        assertTrue(table.contains("BUY AAPL @ 150 SL 145 TP 160") && table.contains("MANUAL") && table.contains("VALID"), table);
        assertTrue(table.contains("SELL TSLA @ 250 SL 260") && table.contains("WEBHOOK"), table);
        assertEquals(2, browser.findElements(By.cssSelector("[id='signals:table_data'] tr")).size(), "the refused signal was not stored");

        // PRODUCT S5: a row opens to how its message was read, field by field, with the rule.
        browser.findElement(By.xpath("//tr[contains(., 'BUY AAPL @ 150')]//div[contains(@class,'ui-row-toggler')]")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".explained-field")));
        List<String> fields = browser.findElements(By.cssSelector(".explained-field")).stream().map(WebElement::getText).toList();
        assertTrue(fields.stream().anyMatch(row -> row.startsWith("stopLoss") && row.contains("SL 145") && row.contains("stop keyword")), fields.toString());
        assertTrue(fields.stream().anyMatch(row -> row.startsWith("symbol") && row.contains("AAPL")), fields.toString());
        assertTrue(fields.stream().anyMatch(row -> row.startsWith("takeProfits") && row.contains("TP 160")), fields.toString());
        Files.write(Path.of("target", "screenshot-signals.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
