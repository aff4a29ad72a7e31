package org.tradeexecutor.notifications.entity;

/** One type's levels, as {@code GET /api/me/notifications/preferences} and the page show them. */
public record PreferenceRow(String type, String label, boolean forHosts, String inApp, String discordDm) {
}
