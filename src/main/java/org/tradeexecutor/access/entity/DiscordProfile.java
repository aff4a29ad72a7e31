package org.tradeexecutor.access.entity;

import java.util.List;

/**
 * Who Discord says signed in ({@code GET /users/@me}) and the servers they are in ({@code GET /users/@me/guilds}).
 * The id is the only thing an account is found by: names change.
 *
 * @param id         the Discord user id (a snowflake)
 * @param username   the unique Discord username
 * @param globalName the display name, if set
 * @param guildIds   ids of the servers the user is in
 */
public record DiscordProfile(String id, String username, String globalName, List<String> guildIds) {

    public String displayName() {
        return globalName == null || globalName.isBlank() ? username : globalName;
    }
}
