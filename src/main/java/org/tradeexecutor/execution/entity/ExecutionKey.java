package org.tradeexecutor.execution.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The key of one follower's order for one signal: {@code signalId|userId|leg}. The client order id sent to brokers
 * is derived from it: "dte-" and 40 URL-safe Base64 characters of its SHA-256 — 44 characters (Alpaca allows 48),
 * the same on every instance and after every restart, and telling nothing about the user.
 */
public record ExecutionKey(String signalId, String userId, String leg) {

    private static final String PREFIX = "dte-";

    public String id() {
        return signalId + "|" + userId + "|" + leg;
    }

    public String clientOrderId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id().getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
