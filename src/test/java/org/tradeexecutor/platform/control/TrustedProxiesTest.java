package org.tradeexecutor.platform.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only a trusted proxy's X-Forwarded-Proto counts; entries are addresses or CIDR blocks, never names. */
class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7, fd00::/8");

    @Test
    void aRequestFromATrustedProxySayingHttpsIsSecure() {
        assertTrue(proxies.secure(false, "10.20.30.40", "https"));
        assertTrue(proxies.secure(false, "192.168.1.7", "HTTPS "));
        assertTrue(proxies.secure(false, "fd12::1", "https"));
        assertTrue(proxies.secure(true, "203.0.113.9", null), "a TLS connection is secure whoever it is");
    }

    @Test
    void anyoneElsesHeaderIsIgnored() {
        assertFalse(proxies.secure(false, "11.0.0.1", "https"));
        assertFalse(proxies.secure(false, "192.168.1.8", "https"));
        assertFalse(proxies.secure(false, "10.20.30.40", "http"));
        assertFalse(proxies.secure(false, "10.20.30.40", null));
        assertFalse(proxies.secure(false, "localhost", "https"), "names are not looked up");
        assertFalse(TrustedProxies.parse(" ").secure(false, "10.20.30.40", "https"), "nobody is trusted by default");
    }

    @Test
    void aTypoFailsAtStartNotSilently() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.internal"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/x"));
    }
}
