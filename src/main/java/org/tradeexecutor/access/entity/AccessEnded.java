package org.tradeexecutor.access.entity;

/**
 * CDI event: a way in ended (a signed-in HTTP session was signed out, invalidated or expired, or an API token was
 * revoked); what it opened must close.
 *
 * @param accessId the HTTP session id, or {@code token:} and the API token's id
 */
public record AccessEnded(String userId, String accessId) {

    public static AccessEnded ofToken(String userId, String tokenId) {
        return new AccessEnded(userId, tokenAccessId(tokenId));
    }

    public static String tokenAccessId(String tokenId) {
        return "token:" + tokenId;
    }
}
