package org.tradeexecutor.execution.entity;

import java.time.Instant;

/**
 * A broker account as the trader sees it: never its secret, and only the end of its key id.
 *
 * @param keyIdHint the key id's last four characters ("…WXYZ"), null for paper
 */
public record BrokerConnectionView(String id, BrokerKind kind, String label, String keyIdHint, boolean paperTrading, boolean primary,
                                   Instant createdAt) {

    public static BrokerConnectionView of(BrokerConnection c) {
        String hint = c.alpacaKeyId() == null ? null : "…" + c.alpacaKeyId().substring(Math.max(0, c.alpacaKeyId().length() - 4));
        return new BrokerConnectionView(c.id(), c.kind(), c.label(), hint, c.alpacaPaper(), c.primary(), c.createdAt());
    }
}
