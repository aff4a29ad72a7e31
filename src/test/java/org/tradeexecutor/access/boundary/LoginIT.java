package org.tradeexecutor.access.boundary;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.WebClient;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT A1, A4, A5: signing in and out through the real login page. */
@ExtendWith(ArquillianExtension.class)
class LoginIT {

    @ArquillianResource
    URL base;

    @Test
    void theLoginPageHasLabelledFieldsASignInButtonAndTheDemoBanner() {
        String page = new WebClient(base).get("/login").body();
        assertTrue(page.contains(">Username<"), page);
        assertTrue(page.contains(">Password<"));
        assertTrue(page.contains("Sign in"));
        assertTrue(page.contains("Demo mode") && page.contains("trader2") && page.contains("viewer"));
    }

    @Test
    void signingInChangesTheSessionIdAndSetsSafeCookies() {
        WebClient browser = new WebClient(base);
        HttpResponse<String> loginPage = browser.get("/login");
        String anonymousSession = browser.cookie("DTESESSION").orElseThrow();
        String setCookie = String.join("\n", loginPage.headers().allValues("Set-Cookie"));
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP must not mark the cookie Secure: " + setCookie);

        HttpResponse<String> signedIn = browser.signIn("trader", "demo");

        assertEquals(302, signedIn.statusCode());
        assertEquals("/dashboard", WebClient.location(signedIn));
        assertNotEquals(anonymousSession, browser.cookie("DTESESSION").orElseThrow());
        assertEquals(200, browser.get("/api/me").statusCode());
    }

    @Test
    void overHttpsTheSessionCookieIsAlsoSecure() throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[]{new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }}, null);
        // Payara Micro's --sslport serves its self-signed certificate; trusting it is fine on loopback.
        HttpResponse<String> page = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trustAll).build().send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + System.getProperty("it.https.port") + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("Secure") && setCookie.contains("HttpOnly"), setCookie);
    }

    @Test
    void theOldSessionIdIsWorthlessAfterSignIn() {
        WebClient browser = new WebClient(base);
        browser.get("/login");
        String anonymousSession = browser.cookie("DTESESSION").orElseThrow();
        browser.signIn("trader2", "demo");

        WebClient attacker = new WebClient(base);
        attacker.useSessionCookie(anonymousSession);
        assertEquals(401, attacker.get("/api/me").statusCode());
    }

    @Test
    void wrongCredentialsGetAClearMessageRevealNothingAndAreAudited() {
        long before = Fixtures.audits("auth.failed_login", "host");
        HttpResponse<String> wrongPassword = new WebClient(base).signIn("host", "not-the-password");
        HttpResponse<String> unknownUser = new WebClient(base).signIn("nobody-here", "demo");

        for (HttpResponse<String> response : List.of(wrongPassword, unknownUser)) {
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("Wrong username or password."), response.body());
        }
        assertEquals(before + 1, Fixtures.audits("auth.failed_login", "host"));
    }

    @Test
    void repeatedFailuresAreThrottledEvenWithTheRightPassword() {
        String username = "throttled-" + System.nanoTime();
        Fixtures.createUser(username, "ACTIVE", null);
        for (int i = 0; i < 3; i++) {
            assertTrue(new WebClient(base).signIn(username, "wrong-" + i).body().contains("Wrong username or password."));
        }
        HttpResponse<String> blocked = new WebClient(base).signIn(username, "demo");
        assertEquals(200, blocked.statusCode());
        assertTrue(blocked.body().contains("Too many failed sign-in attempts"), blocked.body());
        assertEquals(1, Fixtures.audits("security.rate_limit_exceeded", username));

        HttpResponse<String> api = new WebClient(base).basic(username, "demo").get("/api/me");
        assertEquals(429, api.statusCode());
        assertTrue(api.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void aSuspendedAccountCannotSignInAndIsToldWhy() {
        String username = "suspended-" + System.nanoTime();
        Fixtures.createUser(username, "SUSPENDED", "chargeback under review");

        HttpResponse<String> page = new WebClient(base).signIn(username, "demo");
        assertTrue(page.body().contains("This account is suspended: chargeback under review."), page.body());

        HttpResponse<String> api = new WebClient(base).basic(username, "demo").get("/api/me");
        assertEquals(403, api.statusCode());
        assertEquals("account_suspended", WebClient.json(api).getString("error"));
        assertEquals(2, Fixtures.audits("auth.login_blocked", username));
    }

    @Test
    void aBannedAccountIsRefusedToo() {
        String username = "banned-" + System.nanoTime();
        Fixtures.createUser(username, "BANNED", null);
        assertTrue(new WebClient(base).signIn(username, "demo").body().contains("This account is banned."));
    }

    @Test
    void signingOutEndsTheSessionAndIsAudited() {
        WebClient browser = new WebClient(base);
        browser.signIn("viewer", "demo");
        String session = browser.cookie("DTESESSION").orElseThrow();
        long before = Fixtures.audits("auth.logout", "viewer");

        String page = browser.get("/dashboard/trader").body();
        HttpResponse<String> signedOut = browser.signOutFrom(page);

        assertEquals(302, signedOut.statusCode());
        assertEquals("/login?signedOut=true", WebClient.location(signedOut));
        assertEquals(before + 1, Fixtures.audits("auth.logout", "viewer"));
        WebClient stale = new WebClient(base);
        stale.useSessionCookie(session);
        HttpResponse<String> afterwards = stale.get("/dashboard/trader");
        assertEquals(302, afterwards.statusCode());
        assertEquals("/login?returnTo=%2Fdashboard%2Ftrader", WebClient.location(afterwards));
    }

    @Test
    void aSuccessfulSignInIsAudited() {
        long before = Fixtures.audits("auth.login", "mod");
        new WebClient(base).signIn("mod", "demo");
        assertEquals(before + 1, Fixtures.audits("auth.login", "mod"));
    }
}
