package org.tradeexecutor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Walks a {@link WebClient} through sign-in with Discord as a browser would: to the {@link DiscordStub}'s consent page and back. */
public final class DiscordSignIn {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern LINK = Pattern.compile("id='(authorize|cancel)' href='([^']+)'");

    private DiscordSignIn() {
    }

    /** Starts a sign-in ({@code /login/discord} + query) and answers the callback address the consent page's button leads to. */
    public static String consent(WebClient browser, String startQuery, String button) {
        HttpResponse<String> start = browser.get("/login/discord" + startQuery);
        assertEquals(302, start.statusCode(), start.body());
        String authorize = start.headers().firstValue("Location").orElseThrow();
        try {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            Matcher link = LINK.matcher(page.body());
            while (link.find()) {
                if (link.group(1).equals(button)) {
                    URI back = URI.create(link.group(2).replace("&amp;", "&"));
                    return back.getRawPath() + "?" + back.getRawQuery();
                }
            }
            throw new AssertionError("No " + button + " button on the consent page: " + page.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in with Discord as the given Discord user, all the way; answers the callback's response. */
    public static HttpResponse<String> signIn(WebClient browser, DiscordStub.DiscordUser user) {
        DiscordStub.start();
        DiscordStub.nextUser(user);
        return browser.get(consent(browser, "", "authorize"));
    }
}
