package org.tradeexecutor.access.entity;

import jakarta.security.enterprise.credential.Credential;

/** An account someone else (Discord) vouched for: the authentication mechanism signs its user in without a password. */
public record VerifiedIdentity(String userId) implements Credential {
}
