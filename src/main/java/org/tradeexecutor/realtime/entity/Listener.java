package org.tradeexecutor.realtime.entity;

/**
 * Who is on the other end of a WebSocket connection, fixed at the handshake from the signed-in HTTP session
 * or the API token; nothing
 * the client sends changes it.
 *
 * @param communityId the user's active community when the connection opened
 * @param host        whether the user is a host (owner, admin, moderator) of that community
 * @param accessId    the HTTP session or API token the connection was opened with; it closes when that ends
 */
public record Listener(String userId, String username, String communityId, boolean host, String accessId) {
}
