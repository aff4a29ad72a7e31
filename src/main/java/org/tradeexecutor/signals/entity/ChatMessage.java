package org.tradeexecutor.signals.entity;

import java.time.Instant;

/**
 * A chat message as the signal pipeline needs it, independent of the Discord library (the gateway maps to it; tests
 * and the replay endpoint build it from recorded messages).
 *
 * @param guildId          the Discord server of the channel (null when not known, e.g. a replay that does not say)
 * @param channelId        the channel it was posted in
 * @param messageId        its id (stable across edits)
 * @param authorId         who posted it
 * @param authorName       their display name
 * @param fromBot          posted by a bot (ignored, our own notices included)
 * @param content          the text
 * @param repliedToContent the text of the message it replies to, if any: context for "TP1 hit, stop to entry"
 * @param edited           an edit of an earlier message
 * @param sentAt           when Discord says it was sent or edited
 */
public record ChatMessage(String guildId, String channelId, String messageId, String authorId, String authorName, boolean fromBot, String content,
                          String repliedToContent, boolean edited, Instant sentAt) {
}
