package org.tradeexecutor.signals.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the bot connected, only a channel of the community's own Discord server may be bound. */
class DiscordChannelsTest {

    @Test
    void withTheBotConnectedTheChannelMustBeOfTheCommunitysServer() {
        assertEquals(Optional.empty(), DiscordChannels.problemBinding(true, "42000", Optional.of("7000"), "7000"));
        assertTrue(DiscordChannels.problemBinding(true, "42000", Optional.of("8000"), "7000").orElseThrow().contains("another Discord server"));
        assertTrue(DiscordChannels.problemBinding(true, "42000", Optional.empty(), "7000").orElseThrow().contains("cannot see"));
        assertTrue(DiscordChannels.problemBinding(true, "42000", Optional.of("7000"), null).orElseThrow().contains("discordGuildId"));
    }

    @Test
    void withoutTheBotNothingCanBeAskedAndEachMessageIsCheckedOnArrival() {
        assertEquals(Optional.empty(), DiscordChannels.problemBinding(false, "42000", Optional.empty(), null));
    }
}
