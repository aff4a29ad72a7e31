package org.tradeexecutor.realtime.entity;

/**
 * Who is on the other end of a WebSocket connection, fixed at the handshake from the signed-in HTTP session; nothing
 * the client sends changes it.
 *
 * @param communityId the user's active community when the connection opened
 * @param host        whether the user is a host (owner, admin, moderator) of that community
 * @param sessionId   the HTTP session the connection was opened with; it closes when that session ends
 */
public record Listener(String userId, String username, String communityId, boolean host, String sessionId) {
}
