package org.tradeexecutor.platform.boundary;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Behind a TLS proxy (TRUSTED_PROXIES=127.0.0.1 on the test server): the proxy's X-Forwarded-Proto makes the session
 * cookie Secure; the same header from another address (127.0.0.2, still this machine) changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ForwardedProtoIT {

    @ArquillianResource
    URL base;

    @Test
    void theTrustedProxysHttpsMakesTheSessionCookieSecure() throws IOException {
        List<String> cookies = sessionCookies(get("127.0.0.1", "https"));
        assertFalse(cookies.isEmpty(), "the sign-in page opens a session");
        assertTrue(cookies.stream().allMatch(c -> c.toLowerCase().contains("; secure")), cookies.toString());
    }

    @Test
    void theHeaderOfAnyoneElseIsIgnored() throws IOException {
        List<String> fromElsewhere = sessionCookies(get("127.0.0.2", "https"));
        assertFalse(fromElsewhere.isEmpty());
        assertTrue(fromElsewhere.stream().noneMatch(c -> c.toLowerCase().contains("; secure")), fromElsewhere.toString());
        List<String> plain = sessionCookies(get("127.0.0.1", null));
        assertTrue(plain.stream().noneMatch(c -> c.toLowerCase().contains("; secure")), "plain HTTP from the proxy: " + plain);
    }

    /** GET /login from the given local address, as raw HTTP: the client's own address is what the server judges. */
    private String get(String fromAddress, String forwardedProto) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5_000);
            String request = "GET " + base.getPath().replaceAll("/$", "") + "/login HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort() + "\r\n"
                    + (forwardedProto == null ? "" : "X-Forwarded-Proto: " + forwardedProto + "\r\n") + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            return read(socket.getInputStream());
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String response = all.toString(StandardCharsets.UTF_8);
        return response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
    }

    private static List<String> sessionCookies(String headers) {
        return headers.lines().filter(l -> l.toLowerCase().startsWith("set-cookie:") && l.contains("DTESESSION=")).toList();
    }
}
