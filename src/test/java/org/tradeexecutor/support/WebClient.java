package org.tradeexecutor.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for the integration tests: keeps cookies, never follows redirects (tests look at
 * them), signs in through the real login page (Faces form with its ViewState) or sends HTTP Basic.
 */
public final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String authorization;

    public WebClient(URL base) {
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
        // HTTP/1.1 as browsers speak plain http: the JDK's default h2c upgrade was once answered with a closed connection ("EOF reached while reading").
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends these credentials as HTTP Basic with every request. */
    public WebClient basic(String username, String password) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Sends this personal API token as {@code Authorization: Bearer} with every request. */
    public WebClient bearer(String token) {
        authorization = "Bearer " + token;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET that asks for one media type only, e.g. "text/plain" for the Prometheus metrics. */
    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public HttpResponse<String> sendJson(String method, String path, String json) {
        return send("application/json", method, path, json);
    }

    public HttpResponse<String> send(String contentType, String method, String path, String body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens the login page, fills in the form and submits it; answers the form post's response. */
    public HttpResponse<String> signIn(String username, String password, String returnTo) {
        HttpResponse<String> page = get("/login" + (returnTo == null ? "" : "?returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8)));
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("The login page has no Faces ViewState: " + page.statusCode() + " " + page.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:returnTo", returnTo == null ? "" : returnTo);
        form.put("login:signIn", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        return postForm("/login", form);
    }

    /** Clicks "Sign out" in the user menu of a dashboard page that was just loaded. */
    public HttpResponse<String> signOutFrom(String dashboardPage) {
        Matcher action = Pattern.compile("<form id=\"nav\"[^>]*action=\"([^\"]+)\"").matcher(dashboardPage);
        Matcher viewState = VIEW_STATE.matcher(dashboardPage);
        if (!action.find() || !viewState.find()) {
            throw new AssertionError("No navigation form on the page: " + dashboardPage);
        }
        return postForm(action.group(1), Map.of("nav", "nav", "nav:signOut", "nav:signOut", "jakarta.faces.ViewState", viewState.group(1)));
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> signIn(String username, String password) {
        return signIn(username, password, null);
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    /** Replaces the session cookie, as a client still holding an old one would send it. */
    public void useSessionCookie(String value) {
        cookies.getCookieStore().removeAll();
        useCookie("DTESESSION", value);
    }

    /** Adds a cookie, as a browser holding it would send it. */
    public void useCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    /** Drops the session cookie and keeps the others, as a browser whose server lost its sessions (a restart) looks. */
    public void forgetSession() {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("DTESESSION")).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
    }

    /** The path (and query) a redirect points to, relative to the application. */
    public static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("No redirect: " + response.statusCode()));
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public static JsonObject json(HttpResponse<String> response) {
        JsonStructure parsed = Json.createReader(new StringReader(response.body())).read();
        return parsed.asJsonObject();
    }

    public static JsonArray jsonArray(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read().asJsonArray();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json, text/html");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
