package org.tradeexecutor.access.boundary;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.TestStore;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.time.Instant;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sign-in outlives the server's session (a restart, another instance): a browser whose session the server no longer
 * knows is signed in again from its sign-in cookie, until it signs out, stays idle too long, or its account is stopped.
 */
@ExtendWith(ArquillianExtension.class)
class RememberedSignInIT {

    @ArquillianResource
    URL base;

    @Test
    void aBrowserWhoseSessionIsGoneIsStillSignedInUntilItSignsOut() {
        String username = Fixtures.newTrader("remembered");
        WebClient browser = new WebClient(base);
        browser.signIn(username, "demo");
        String secret = browser.cookie("DTESIGNIN").orElseThrow(() -> new AssertionError("no sign-in cookie"));
        String oldSession = browser.cookie("DTESESSION").orElseThrow();
        assertEquals(0, signIns().countDocuments(new Document("_id", secret)), "only a digest of the secret is stored");
        assertEquals(1, signIns().countDocuments(new Document("userId", Fixtures.user(username).getString("_id"))));

        browser.forgetSession();
        HttpResponse<String> page = browser.get("/dashboard/trader");
        assertEquals(200, page.statusCode(), "signed in again from the remembered sign-in");
        assertTrue(page.body().contains(username), "as the same user");
        assertNotEquals(oldSession, browser.cookie("DTESESSION").orElseThrow(), "in a new session");

        browser.signOutFrom(page.body());
        assertTrue(browser.cookie("DTESIGNIN").isEmpty(), "signing out removes the cookie");
        assertEquals(0, signIns().countDocuments(new Document("userId", Fixtures.user(username).getString("_id"))), "and the sign-in");
        WebClient replay = new WebClient(base);
        replay.useCookie("DTESIGNIN", secret);
        HttpResponse<String> refused = replay.get("/dashboard/trader");
        assertEquals(302, refused.statusCode(), "a copy of the old cookie opens nothing");
        assertTrue(WebClient.location(refused).startsWith("/login"));
    }

    /**
     * A session that was anonymous (one an attacker could have planted: the sign-in page opens it) is not the one a
     * remembered sign-in signs in: the browser gets a new session id at that moment.
     */
    @Test
    void aResumedSignInGetsASessionIdOfItsOwn() {
        String username = Fixtures.newTrader("fixated");
        WebClient signedIn = new WebClient(base);
        signedIn.signIn(username, "demo");
        String remembered = signedIn.cookie("DTESIGNIN").orElseThrow();

        WebClient browser = new WebClient(base);
        browser.get("/login");
        String anonymous = browser.cookie("DTESESSION").orElseThrow(() -> new AssertionError("the sign-in page opens a session"));
        browser.useCookie("DTESIGNIN", remembered);
        HttpResponse<String> page = browser.get("/dashboard/trader");
        assertEquals(200, page.statusCode(), "signed in again from the remembered sign-in");
        List<String> sessionCookies = page.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("DTESESSION=")).toList();
        assertEquals(1, sessionCookies.size(), "the browser is given a new session id: " + page.headers().allValues("set-cookie"));
        assertFalse(sessionCookies.get(0).startsWith("DTESESSION=" + anonymous + ";"), "not the anonymous one: " + sessionCookies);
    }

    @Test
    void anIdleOrStoppedAccountsSignInIsNotResumed() {
        String username = Fixtures.newTrader("lapsed");
        String userId = Fixtures.user(username).getString("_id");
        WebClient idle = new WebClient(base);
        idle.signIn(username, "demo");
        signIns().updateMany(new Document("userId", userId), new Document("$set", new Document("lastSeenAt", Date.from(Instant.now().minusSeconds(3 * 3600)))));
        idle.forgetSession();
        assertEquals(302, idle.get("/dashboard/trader").statusCode(), "idle longer than a session lasts");
        assertEquals(0, signIns().countDocuments(new Document("userId", userId)), "the lapsed sign-in is removed");

        WebClient suspended = new WebClient(base);
        suspended.signIn(username, "demo");
        TestStore.database().getCollection("users").updateOne(new Document("_id", userId),
                new Document("$set", new Document("status", "SUSPENDED").append("statusReason", "under review")));
        suspended.forgetSession();
        assertEquals(302, suspended.get("/dashboard/trader").statusCode(), "a suspended account is not signed in again");
    }

    private static MongoCollection<Document> signIns() {
        return TestStore.database().getCollection("remembered_sign_ins");
    }
}
