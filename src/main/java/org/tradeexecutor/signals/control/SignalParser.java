package org.tradeexecutor.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.ExplainedSignal;
import org.tradeexecutor.signals.entity.ParsedSignal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;

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

    /**
     * A payload whose relative exits have no entry to measure from (TradersPost {@code stopLoss: {percent: 5}} on a
     * market order) is read again against the market price {@code quoteOf} gives for its symbol and direction.
     */
    public ParsedSignal measuredFromQuote(String body, ParsedSignal parsed, BiFunction<String, Direction, Optional<BigDecimal>> quoteOf) {
        if (!parsed.flags().contains(StructuredSignalParser.NEEDS_QUOTE) || parsed.symbol() == null || parsed.direction() == null) {
            return parsed;
        }
        return quoteOf.apply(parsed.symbol(), parsed.direction()).map(quote -> StructuredSignalParser.json(body, quote)).orElse(parsed);
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
