package org.tradeexecutor.communities.boundary;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tradeexecutor.support.Browser;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.InBrowser;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.TradingCommunity;
import org.tradeexecutor.support.WebClient;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The host's member tools in Chromium (PRODUCT C1–C3, C7): the host searches a member and changes their role, finds
 * another and suspends them — that member's dashboard, open in a second browser, shows the suspension and loses its
 * Confirm button without anyone touching it — then reads both changes in the audit log and exports it; the file holds
 * the table's entries. Figures are recomputed from the store. Screenshots in target/.
 */
class CommunityMembersBrowserIT extends InBrowser {

    @Test
    void aHostSearchesChangesARoleSuspendsAMemberAndReadsItInTheAuditLog() throws Exception {
        TradingCommunity community = new TradingCommunity(base);
        community.trader("promoted", null);
        community.trader("watched", "OFF"); // asks before trading: a confirmation waits on their page
        community.trader("bystander", null);
        String promotedId = Fixtures.user(community.username("promoted")).getString("_id");
        String watchedId = Fixtures.user(community.username("watched")).getString("_id");
        community.awaitExecutions(community.signal("BUY MSFT SL 1"), 1, TradingCommunity::settled);

        ChromeDriver member = Browser.start();
        try {
            Browser.signIn(member, base, community.username("watched"), "demo");
            WebDriverWait memberWaits = new WebDriverWait(member, Duration.ofSeconds(20));
            memberWaits.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
            memberWaits.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='confirmButton']")));
            memberWaits.until(ExpectedConditions.attributeToBe(By.id("liveIndicator"), "data-state", "up"));

            signIn("exec-host-" + community.tag, "demo");
            waiting().until(ExpectedConditions.urlContains("/dashboard/community"));
            browser.get(Browser.url(base, "/dashboard/community/members"));
            long members = TestStore.database().getCollection("memberships").countDocuments(new Document("communityId", community.communityId));
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:memberTable"), "of " + members + " members"));

            // Search, then change the role in the dialog.
            browser.findElement(By.id("members:search")).sendKeys(community.username("promoted").toUpperCase());
            click(By.id("members:apply"));
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:memberTable"), "of 1 members"));
            assertEquals(List.of(promotedId), shownMembers());
            click(By.cssSelector("[id$='roleButton']"));
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("roleForm:newRole")));
            choose("roleForm:newRole", "Moderator");
            click(By.id("roleForm:saveRole"));
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:messages"), "is now moderator"));
            waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-role='" + promotedId + "']"), "Moderator"));
            assertEquals("MODERATOR", membership(community, promotedId).getString("role"));

            // Another member, suspended with a reason.
            WebDriverWait wait = waiting();
            browser.findElement(By.id("members:search")).clear();
            browser.findElement(By.id("members:search")).sendKeys("watched");
            click(By.id("members:apply"));
            wait.until(driver -> shownMembers().equals(List.of(watchedId)));
            assertTrue(browser.findElement(By.id("members:memberTable")).getText().contains("of 1 members"));
            click(By.cssSelector("[id$='suspendButton']"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suspendForm:reason"))).sendKeys("Chargeback on the last invoice");
            click(By.id("suspendForm:confirmSuspend"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:messages"), "is suspended"));
            wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-status='" + watchedId + "']"), "suspended"));
            assertEquals("SUSPENDED", membership(community, watchedId).getString("status"));
            Files.write(Path.of("target", "screenshot-community-members.png"), browser.getScreenshotAs(OutputType.BYTES));

            // The member's open page hears of it: it says why and no longer offers to confirm.
            memberWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("membershipRestricted"), "Chargeback on the last invoice"));
            memberWaits.until(driver -> driver.findElements(By.cssSelector("[id$='confirmButton']")).isEmpty());
            assertTrue(!member.findElements(By.cssSelector("[id$='declineButton']")).isEmpty(), "declining is still possible");
            Files.write(Path.of("target", "screenshot-suspended-member.png"), member.getScreenshotAs(OutputType.BYTES));
        } finally {
            member.quit();
        }

        // Both changes in the audit log, and the export holds the table's entries.
        click(By.id("auditLink"));
        waiting().until(ExpectedConditions.urlContains("/dashboard/community/audit"));
        browser.findElement(By.id("audit:action")).sendKeys("community.");
        click(By.id("audit:apply"));
        List<Document> stored = TestStore.database().getCollection("security_audits")
                .find(new Document("communityId", community.communityId)).into(new ArrayList<>()).stream()
                .filter(d -> d.getString("action").startsWith("community."))
                .sorted((a, b) -> b.getDate("timestamp").compareTo(a.getDate("timestamp"))).toList();
        assertEquals(List.of("community.member_suspended", "community.role_changed"), stored.stream().map(d -> d.getString("action")).toList());
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:entries"), "of " + stored.size() + " entries"));
        List<String> shown = browser.findElements(By.cssSelector("[id='audit:entries'] [data-entry]")).stream().map(e -> e.getAttribute("data-entry")).toList();
        assertEquals(stored.stream().map(d -> d.getString("_id")).toList(), shown);
        String table = browser.findElement(By.id("audit:entries")).getText();
        assertTrue(table.contains("TRADER → MODERATOR") && table.contains("ACTIVE → SUSPENDED") && table.contains("Chargeback on the last invoice"), table);
        Files.write(Path.of("target", "screenshot-audit-log.png"), browser.getScreenshotAs(OutputType.BYTES));

        click(By.id("audit:csv"));
        Path csv = downloads.resolve("audit.csv");
        waiting().until(driver -> Files.exists(csv) && !Files.exists(downloads.resolve("audit.csv.crdownload")));
        List<String> exported = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                exported.add(row.get("id"));
                assertEquals("exec-host-" + community.tag, row.get("username"));
            }
        }
        assertEquals(shown, exported, "the downloaded file holds exactly the table's entries");
        assertEquals(exported, WebClient.jsonArray(community.host.get("/api/community/audit?action=community.")).stream()
                .map(v -> v.asJsonObject().getString("id")).toList(), "and the API's");
    }

    private List<String> shownMembers() {
        return browser.findElements(By.cssSelector("[id='members:memberTable'] [data-member]")).stream().map(e -> e.getAttribute("data-member")).toList();
    }

    private static Document membership(TradingCommunity community, String userId) {
        return TestStore.database().getCollection("memberships").find(new Document("_id", community.communityId + ":" + userId)).first();
    }
}
