package org.tradeexecutor.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.platform.control.TrustedProxies;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Behind a TLS-terminating proxy the connection to us is plain HTTP, yet the browser's is HTTPS: a request from one of
 * the {@code TRUSTED_PROXIES} that says {@code X-Forwarded-Proto: https} is treated as secure — it reports itself so
 * (scheme https), and every cookie it sets, the container's session cookie included, is marked {@code Secure}. The
 * header of anyone else is ignored.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ForwardedProtocolFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "TRUSTED_PROXIES", defaultValue = " ")
    String trustedProxies;

    private transient TrustedProxies proxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (proxies == null) {
            proxies = TrustedProxies.parse(trustedProxies);
        }
        if (request.isSecure() || !proxies.secure(false, request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"))) {
            chain.doFilter(request, response);
            return;
        }
        SecureCookies secure = new SecureCookies(response);
        secure.markCookies(); // a session made while authenticating, before this filter
        chain.doFilter(new Forwarded(request), secure);
        secure.markCookies();
    }

    /** The request as the browser sent it: over HTTPS. */
    private static final class Forwarded extends HttpServletRequestWrapper {
        Forwarded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getScheme() {
            return "https";
        }
    }

    /** Marks every Set-Cookie header Secure before the response is committed (the container adds its session cookie itself). */
    private static final class SecureCookies extends HttpServletResponseWrapper {

        SecureCookies(HttpServletResponse response) {
            super(response);
        }

        void markCookies() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (response.isCommitted()) {
                return;
            }
            List<String> cookies = List.copyOf(response.getHeaders("Set-Cookie"));
            if (cookies.stream().allMatch(SecureCookies::marked)) {
                return;
            }
            for (int i = 0; i < cookies.size(); i++) {
                String cookie = marked(cookies.get(i)) ? cookies.get(i) : cookies.get(i) + "; Secure";
                if (i == 0) {
                    response.setHeader("Set-Cookie", cookie);
                } else {
                    response.addHeader("Set-Cookie", cookie);
                }
            }
        }

        private static boolean marked(String cookie) {
            return cookie.toLowerCase(Locale.ROOT).contains("; secure");
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            markCookies();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            markCookies();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            markCookies();
            super.flushBuffer();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            markCookies();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            markCookies();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            markCookies();
            super.sendError(status);
        }
    }
}
