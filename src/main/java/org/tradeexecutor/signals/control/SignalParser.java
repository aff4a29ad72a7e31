package org.tradeexecutor.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.signals.entity.ExplainedSignal;
import org.tradeexecutor.signals.entity.ParsedSignal;

import java.time.Clock;
import java.time.LocalDate;

/** The one entry point for every input: a JSON object, key=value pairs, or the free text of a message. */
@ApplicationScoped
public class SignalParser {

    @Inject
    Clock clock;

    public ParsedSignal parse(String body) {
        return parse(body, LocalDate.now(clock));
    }

    /**
     * Parses a reply: a management message without a symbol ("TP1 hit, move stop to entry") takes the symbol of the
     * message it replies to.
     */
    public ParsedSignal parse(String body, String repliedTo) {
        return parse(body, repliedTo, LocalDate.now(clock));
    }

    static ParsedSignal parse(String body, String repliedTo, LocalDate today) {
        ParsedSignal parsed = parse(body, today);
        if (parsed.symbol() != null || parsed.kind() == null || repliedTo == null || repliedTo.isBlank()) {
            return parsed;
        }
        ParsedSignal context = parse(repliedTo, today);
        return context.symbol() == null ? parsed : parsed.withSymbolFrom(context, "SYMBOL_FROM_REPLY");
    }

    /** PRODUCT S5: the parse with, for each field, the text it came from and the rule that read it. */
    public ExplainedSignal explain(String body) {
        return explain(body, LocalDate.now(clock));
    }

    static ExplainedSignal explain(String body, LocalDate today) {
        if (body != null && !body.isBlank() && (StructuredSignalParser.looksLikeJson(body) || StructuredSignalParser.looksLikeKeyValue(body))) {
            return StructuredSignalExplainer.explain(body, parse(body, today), StructuredSignalParser.looksLikeJson(body));
        }
        return TextSignalParser.explain(body, today);
    }

    static ParsedSignal parse(String body, LocalDate today) {
        if (body == null || body.isBlank()) {
            return ParsedSignal.ignored("The message is empty.");
        }
        if (StructuredSignalParser.looksLikeJson(body)) {
            return StructuredSignalParser.json(body);
        }
        if (StructuredSignalParser.looksLikeKeyValue(body)) {
            return StructuredSignalParser.keyValue(body);
        }
        return TextSignalParser.parse(body, today);
    }
}
