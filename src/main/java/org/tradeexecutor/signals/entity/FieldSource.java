package org.tradeexecutor.signals.entity;

/**
 * Where one field of a parse came from (PRODUCT S5, explain): the characters {@code [start, end)} of the message as
 * sent, that text, and the rule that read it.
 *
 * @param field as the parse result names it: symbol, direction, entry, entryRange, stopLoss, takeProfits, …
 */
public record FieldSource(String field, int start, int end, String text, String rule) {
}
