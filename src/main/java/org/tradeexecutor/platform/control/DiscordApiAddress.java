package org.tradeexecutor.platform.control;

import org.eclipse.microprofile.config.Config;

/** Where Discord's REST API is asked ({@code DISCORD_API_URL}, default v10): by sign-in and by the bot's messages alike. */
public final class DiscordApiAddress {

    public static final String DEFAULT = "https://discord.com/api/v10";

    private DiscordApiAddress() {
    }

    /** Without a trailing slash. */
    public static String of(Config config) {
        String url = config.getOptionalValue("DISCORD_API_URL", String.class).filter(u -> !u.isBlank()).orElse(DEFAULT).strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
