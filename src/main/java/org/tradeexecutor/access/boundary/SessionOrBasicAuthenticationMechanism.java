package org.tradeexecutor.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tradeexecutor.access.control.ApiTokens;
import org.tradeexecutor.access.entity.ApiToken;
import org.tradeexecutor.access.control.Authenticator;
import org.tradeexecutor.access.entity.LoginChannel;
import org.tradeexecutor.access.entity.LoginResult;
import org.tradeexecutor.access.entity.VerifiedIdentity;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.platform.boundary.RequestIdFilter;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one authentication mechanism (Jakarta Security allows one): the sign-in page — or a sign-in with Discord — starts a session (and a
 * remembered sign-in that brings it back after a restart or on another instance); API calls and {@code /ws} may
 * instead carry a personal API token ({@code Bearer}), API calls also HTTP Basic credentials: both authenticate that
 * request only and create no session. Unauthenticated requests for protected URLs get 401 JSON under /api and a
 * redirect to /login?returnTo=… elsewhere.
 */
@ApplicationScoped
public class SessionOrBasicAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute under which the sign-in page finds the outcome of its attempt. */
    public static final String LOGIN_RESULT = LoginResult.class.getName();
    static final Set<String> GROUPS = Set.of("user");

    @Inject
    Authenticator authenticator;

    @Inject
    ApiTokens apiTokens;

    @Inject
    SignedInSessions sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        RequestIdFilter.assign(request, response);
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signIn(request, context, credential);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof VerifiedIdentity identity) {
            // Discord vouched for this account (DiscordSignInServlet checked state, code and account).
            context.setRegisterSession(identity.userId(), GROUPS);
            return context.notifyContainerAboutLogin(identity.userId(), GROUPS);
        }
        Principal sessionPrincipal = request.getUserPrincipal();
        if (sessionPrincipal != null && sessions.stillAllowed(request, response, sessionPrincipal.getName())) {
            sessions.stillInUse(request);
            return context.notifyContainerAboutLogin(sessionPrincipal, GROUPS);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && (isApi(request) || isLive(request))) {
            return bearer(request, response, context, authorization.substring(7).trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && isApi(request)) {
            return basic(request, response, context, authorization.substring(6).trim());
        }
        Optional<String> resumed = sessions.resume(request, response);
        if (resumed.isPresent()) {
            context.setRegisterSession(resumed.get(), GROUPS);
            return context.notifyContainerAboutLogin(resumed.get(), GROUPS);
        }
        if (context.isProtected()) {
            return challenge(request, response);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        LoginResult result = authenticator.authenticate(credential.getCaller(), credential.getPasswordAsString(),
                LoginChannel.LOGIN_PAGE, RequestOrigins.of(request));
        request.setAttribute(LOGIN_RESULT, result);
        if (result instanceof LoginResult.Success success) {
            String userId = success.user().getId();
            context.setRegisterSession(userId, GROUPS);
            return context.notifyContainerAboutLogin(userId, GROUPS);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String secret) {
        Optional<ApiToken> token = apiTokens.authenticate(secret);
        if (token.isEmpty()) {
            return reject(response, 401, "invalid_token", "The API token is unknown, revoked, expired, or its account is not active.");
        }
        if (!token.get().effectiveScope().allows(request.getMethod())) {
            return reject(response, 403, "insufficient_scope", "This token may only read (scope read): make a token with scope trade to change anything.");
        }
        return context.notifyContainerAboutLogin(token.get().userId(), GROUPS);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return reject(response, 401, "unauthorized", "The Authorization header is not valid HTTP Basic.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return reject(response, 401, "unauthorized", "The Authorization header is not valid HTTP Basic.");
        }
        LoginResult result = authenticator.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1),
                LoginChannel.HTTP_BASIC, RequestOrigins.of(request));
        if (result instanceof LoginResult.Success success) {
            return context.notifyContainerAboutLogin(success.user().getId(), GROUPS);
        }
        if (result instanceof LoginResult.Throttled throttled) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            return reject(response, 429, "too_many_attempts", result.message());
        }
        if (result instanceof LoginResult.Blocked blocked) {
            return reject(response, 403, "account_" + blocked.status().name().toLowerCase(Locale.ROOT), result.message());
        }
        return reject(response, 401, "unauthorized", result.message());
    }

    private AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response) {
        if (isApi(request)) {
            return reject(response, 401, "unauthorized", "Sign in, or send an API token (Bearer) or HTTP Basic credentials.");
        }
        String target = path(request) + (request.getQueryString() != null && "GET".equals(request.getMethod()) ? "?" + request.getQueryString() : "");
        String login = request.getContextPath() + "/login?returnTo=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // A Faces Ajax request cannot follow a 302; it is told to navigate instead.
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"></redirect></partial-response>");
            } else {
                response.sendRedirect(login);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot redirect to the sign-in page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus reject(HttpServletResponse response, int status, String error, String message) {
        try {
            response.setStatus(status);
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Discord Trade Executor\", charset=\"UTF-8\"");
            }
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("error", error).add("message", message).build().toString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the error response", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The WebSocket endpoint's upgrade request. */
    static boolean isLive(HttpServletRequest request) {
        return path(request).equals("/ws");
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        context.cleanClientSubject();
    }
}
