package org.tradeexecutor.platform.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reverse proxies whose word on the original request counts ({@code TRUSTED_PROXIES}: addresses or CIDR blocks,
 * comma-separated, e.g. {@code 10.0.0.0/8, 127.0.0.1}). Only a request that comes from one of them may say, with
 * {@code X-Forwarded-Proto: https}, that the browser used TLS; from anyone else the header is ignored. Pure.
 */
public final class TrustedProxies {

    private record Block(byte[] network, int prefixBits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefixBits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            return rest == 0 || ((address[full] ^ network[full]) & (0xFF << (8 - rest))) == 0;
        }
    }

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** @throws IllegalArgumentException for an entry that is no address or block, so a typo fails at start, not silently */
    public static TrustedProxies parse(String setting) {
        List<Block> blocks = new ArrayList<>();
        if (setting != null) {
            for (String entry : setting.split(",")) {
                String trimmed = entry.strip();
                if (!trimmed.isEmpty()) {
                    blocks.add(block(trimmed));
                }
            }
        }
        return new TrustedProxies(blocks);
    }

    public boolean trusts(String remoteAddress) {
        return literal(remoteAddress).map(address -> blocks.stream().anyMatch(block -> block.contains(address))).orElse(false);
    }

    /** Whether the browser reached us over TLS: the connection itself, or a trusted proxy saying so. */
    public boolean secure(boolean connectionSecure, String remoteAddress, String forwardedProto) {
        return connectionSecure || forwardedProto != null && "https".equals(forwardedProto.strip().toLowerCase(Locale.ROOT)) && trusts(remoteAddress);
    }

    private static Block block(String entry) {
        int slash = entry.indexOf('/');
        byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException("TRUSTED_PROXIES: " + entry + " is no IP address or CIDR block"));
        int bits = network.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("TRUSTED_PROXIES: " + entry + " has no prefix length after the slash");
            }
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException("TRUSTED_PROXIES: " + entry + " has a prefix length out of range");
            }
        }
        return new Block(network, bits);
    }

    /** The bytes of a numeric IPv4 or IPv6 address; never a name look-up. */
    private static Optional<byte[]> literal(String address) {
        if (address == null || address.isBlank() || !address.strip().matches("[0-9a-fA-F:.\\[\\]]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address.strip()).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
