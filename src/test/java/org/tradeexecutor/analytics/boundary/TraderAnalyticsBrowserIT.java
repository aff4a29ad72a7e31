package org.tradeexecutor.analytics.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tradeexecutor.support.AlpacaStub;
import org.tradeexecutor.support.Browser;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradeHistorySeeder;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trader's analytics in Chromium (PRODUCT P2–P4): the trade history filtered by symbol, its CSV download holding
 * exactly the table's rows, the performance chart switched to another period without a reload, and a provider's page
 * opened from the leaderboard. Every figure checked is recomputed from the trades in the store. Screenshots in target/.
 */
class TraderAnalyticsBrowserIT extends InBrowser {

    private static final String[] SYMBOLS = {"KO", "AMD", "NVDA", "TSLA", "PEP"};
    private static final int TRADES = 120;

    @Test
    void historyFilteredAndExportedChartSwitchedProviderOpenedFromTheLeaderboard() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        WebClient trader = community.trader("analyst", "ON");
        String username = community.username("analyst");
        String userId = Fixtures.user(username).getString("_id");
        Random random = new Random(7);
        TradeHistorySeeder seeder = new TradeHistorySeeder(TestStore.database());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < TRADES; i++) {
            seeder.add(TradeHistorySeeder.random(random, community.communityId, userId, community.providerId, SYMBOLS[i % SYMBOLS.length],
                    now.minusSeconds(3600L * 30 * i + 60)));
        }
        seeder.write();
        List<Document> stored = TestStore.database().getCollection("trades").find(new Document("userId", userId)).into(new ArrayList<>());
        assertEquals(TRADES, stored.size());

        signIn(username, "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader"));

        // History: every trade counted, then only KO's, newest first.
        browser.get(Browser.url(base, "/dashboard/trader/trades"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history:trades"), "of " + TRADES + " trades"));
        browser.findElement(By.id("history:symbol")).sendKeys("ko", Keys.TAB);
        click(By.id("history:apply"));
        List<String> ko = stored.stream().filter(t -> t.getString("symbol").equals("KO"))
                .sorted((a, b) -> b.getDate("closedAt").compareTo(a.getDate("closedAt"))).map(t -> t.getString("_id")).toList();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history:trades"), "of " + ko.size() + " trades"));
        List<String> shown = browser.findElements(By.cssSelector("[id='history:trades'] [data-trade]")).stream()
                .map(e -> e.getAttribute("data-trade")).toList();
        assertEquals(ko, shown, "the table shows KO's trades, newest first");
        Files.write(Path.of("target", "screenshot-trade-history.png"), browser.getScreenshotAs(OutputType.BYTES));

        // The CSV is the table: same trades, same order.
        click(By.id("history:csv"));
        Path csv = downloads.resolve("trades.csv");
        waiting().until(driver -> Files.exists(csv) && !Files.exists(downloads.resolve("trades.csv.crdownload")));
        List<String> exported = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                assertEquals("KO", row.get("symbol"));
                exported.add(row.get("tradeId"));
            }
        }
        assertEquals(shown, exported, "the downloaded file holds exactly the table's rows");

        // Performance chart: 30 days first, then 90 days without a reload; the bars add up to the trades of the period.
        browser.get(Browser.url(base, "/dashboard/trader"));
        waiting().until(ExpectedConditions.attributeToBe(By.id("pnlChart"), "data-state", "shown"));
        assertEquals("30d", browser.executeScript("return dteCharts.shown.pnlChart.period"));
        browser.executeScript("window.notReloaded = true");
        click(By.cssSelector("[data-for='pnlChart'] [data-period='90d']"));
        waiting().until(driver -> "90d".equals(browser.executeScript("return dteCharts.shown.pnlChart.period")));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.notReloaded"), "the period changed without loading the page");
        @SuppressWarnings("unchecked")
        List<Object> bars = (List<Object>) browser.executeScript("return dteCharts.shown.pnlChart.points.map(function (p) { return String(p.pnl); })");
        assertEquals(90, bars.size());
        Instant periodStart = LocalDate.now(ZoneOffset.UTC).minusDays(89).atStartOfDay(ZoneOffset.UTC).toInstant();
        BigDecimal realised = stored.stream().filter(t -> !t.getDate("closedAt").toInstant().isBefore(periodStart))
                .map(t -> ((Decimal128) t.get("pnl")).bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal drawn = bars.stream().map(b -> new BigDecimal((String) b)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, realised.compareTo(drawn), "bars " + drawn + ", trades " + realised);
        JsonArray api = WebClient.json(trader.get("/api/trader/performance?period=90d&bucket=day")).getJsonArray("points");
        assertEquals(api.stream().map(JsonValue::asJsonObject).map(p -> p.getJsonNumber("pnl").bigDecimalValue().stripTrailingZeros().toPlainString()).toList(),
                bars.stream().map(b -> new BigDecimal((String) b).stripTrailingZeros().toPlainString()).toList(), "the chart draws what the API answers");
        Files.write(Path.of("target", "screenshot-performance-chart.png"), browser.getScreenshotAs(OutputType.BYTES));

        // Leaderboard → the provider's page, its record recomputed from the trades.
        click(By.id("leaderboardLink"));
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader/leaderboard"));
        WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='board:ranked'] a[href$='/dashboard/providers/" + community.providerId + "']")));
        String name = link.getText();
        Files.write(Path.of("target", "screenshot-leaderboard.png"), browser.getScreenshotAs(OutputType.BYTES));
        link.click();
        waiting().until(ExpectedConditions.textToBe(By.id("pageTitle"), name));
        assertEquals(String.valueOf(TRADES), browser.findElement(By.id("recordTrades")).getText());
        long wins = stored.stream().filter(t -> ((Decimal128) t.get("pnl")).bigDecimalValue().signum() > 0).count();
        assertEquals(BigDecimal.valueOf(wins * 100).divide(BigDecimal.valueOf(TRADES), 1, RoundingMode.HALF_UP).toPlainString() + " %",
                browser.findElement(By.id("recordWinRate")).getText());
        waiting().until(ExpectedConditions.attributeToBe(By.id("equityChart"), "data-state", "shown"));
        long days = stored.stream().map(t -> LocalDate.ofInstant(t.getDate("closedAt").toInstant(), ZoneOffset.UTC)).distinct().count();
        assertEquals(days, ((Number) browser.executeScript("return dteCharts.shown.equityChart.length")).longValue(), "a point per day with trades");
        Files.write(Path.of("target", "screenshot-provider-record.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** T2 on its page: wrong keys are refused in words, good ones connect; tested, made primary, removed; the secret never shown. */
    @Test
    void aBrokerAccountIsConnectedTestedMadePrimaryAndRemovedOnItsPage() throws Exception {
        AlpacaStub.start();
        TradingCommunity community = new TradingCommunity(base);
        community.trader("connector", "ON");
        String username = community.username("connector");
        String userId = Fixtures.user(username).getString("_id");
        signIn(username, "demo");
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader"));
        click(By.id("connectBroker"));
        waiting().until(ExpectedConditions.urlContains("/dashboard/trader/brokers"));

        browser.findElement(By.id("brokers:keyId")).sendKeys(AlpacaStub.KEY_ID);
        browser.findElement(By.id("brokers:secret")).sendKeys("not-the-secret");
        click(By.id("brokers:connectButton"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("brokers:messages"), "Alpaca did not accept these keys"));
        assertEquals(1, connections(userId), "nothing added: the paper account only");

        browser.findElement(By.id("brokers:keyId")).sendKeys(Keys.chord(Keys.CONTROL, "a"), AlpacaStub.KEY_ID);
        browser.findElement(By.id("brokers:secret")).sendKeys(AlpacaStub.SECRET);
        click(By.id("brokers:connectButton"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("brokers:messages"), "Alpaca paper is connected"));
        assertEquals(2, connections(userId));
        assertTrue(!browser.getPageSource().contains(AlpacaStub.SECRET), "the secret is not shown back");

        click(By.xpath("//tbody[@id='brokers:accounts_data']/tr[contains(., 'Alpaca paper trading')]//button[contains(@id, 'testButton')]"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("brokers:messages"), "the keys work"));
        click(By.cssSelector("[id$='primaryButton']"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("brokers:messages"), "Orders go to Alpaca paper"));
        Document primary = TestStore.database().getCollection("broker_connections").find(new Document("userId", userId).append("primary", true)).first();
        assertEquals("ALPACA", primary.getString("kind"));
        Files.write(Path.of("target", "screenshot-broker-accounts.png"), browser.getScreenshotAs(OutputType.BYTES));

        click(By.cssSelector("[id$='removeButton']"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("brokers:confirmYes"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("brokers:messages"), "orders go to the paper account again"));
        assertEquals(1, connections(userId));
        assertEquals("PAPER", TestStore.database().getCollection("broker_connections").find(new Document("userId", userId).append("primary", true))
                .first().getString("kind"));
    }

    private static long connections(String userId) {
        return TestStore.database().getCollection("broker_connections").countDocuments(new Document("userId", userId));
    }
}
