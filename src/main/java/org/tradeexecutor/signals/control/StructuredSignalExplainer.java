package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.ExplainedSignal;
import org.tradeexecutor.signals.entity.FieldSource;
import org.tradeexecutor.signals.entity.ParsedSignal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Explain (PRODUCT S5) for machine-made signals: each field of the result points at the key it was read from
 * ({@code "stopLoss": {…}}, {@code STOP_PRICE=…}), the first of its aliases written (the order {@link StructuredSignalParser}
 * reads them in).
 */
final class StructuredSignalExplainer {

    /** The result's fields and the keys that give them: the parser's own alias lists, in its order of preference. */
    private static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("symbol", StructuredSignalParser.SYMBOL_KEYS);
        KEYS.put("direction", StructuredSignalParser.JSON_ACTION_KEYS);
        KEYS.put("kind", with("sentiment", StructuredSignalParser.JSON_ACTION_KEYS));
        KEYS.put("orderType", StructuredSignalParser.ORDER_TYPE_KEYS);
        KEYS.put("entry", StructuredSignalParser.ENTRY_KEYS);
        KEYS.put("stopLoss", with("stoploss", StructuredSignalParser.STOP_KEYS)); // TradersPost's nested stopLoss first
        KEYS.put("takeProfits", with("takeprofit", StructuredSignalParser.TAKE_PROFIT_KEYS, "take_profit_price_1"));
        KEYS.put("quantity", StructuredSignalParser.QUANTITY_KEYS);
        KEYS.put("sizePercent", StructuredSignalParser.QUANTITY_KEYS);
        KEYS.put("leverage", StructuredSignalParser.LEVERAGE_KEYS);
    }

    private static List<String> with(String first, List<String> keys, String... last) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(keys);
        all.addAll(List.of(last));
        return List.copyOf(new LinkedHashSet<>(all));
    }

    private StructuredSignalExplainer() {
    }

    static ExplainedSignal explain(String body, ParsedSignal parsed, boolean json) {
        List<FieldSource> sources = new ArrayList<>();
        String lower = body.toLowerCase(Locale.ROOT);
        KEYS.forEach((field, keys) -> {
            if (!has(parsed, field)) {
                return;
            }
            for (String key : keys) {
                int start = json ? lower.indexOf("\"" + key + "\"") : keyValueStart(lower, key);
                if (start >= 0) {
                    int end = valueEnd(body, start, json);
                    sources.add(new FieldSource(field, start, end, body.substring(start, end),
                            (json ? "the JSON key \"" : "the key ") + key + (json ? "\"" : "=")));
                    return;
                }
            }
        });
        return new ExplainedSignal(parsed, sources);
    }

    /** "STOP_PRICE=" at the start of the body or after a separator. */
    private static int keyValueStart(String lower, String key) {
        for (int at = lower.indexOf(key + "="); at >= 0; at = lower.indexOf(key + "=", at + 1)) {
            if (at == 0 || ";&\n ".indexOf(lower.charAt(at - 1)) >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** The end of the key's value: its closing brace for an object, else the next separator. */
    private static int valueEnd(String body, int start, boolean json) {
        int depth = 0;
        for (int at = start; at < body.length(); at++) {
            char c = body.charAt(at);
            if (json && (c == '{' || c == '[')) {
                depth++;
            } else if (json && (c == '}' || c == ']')) {
                if (depth == 0) {
                    return at;
                }
                if (--depth == 0) {
                    return at + 1;
                }
            } else if (depth == 0 && (json ? c == ',' : ";&\n".indexOf(c) >= 0)) {
                return at;
            }
        }
        return body.length();
    }

    private static boolean has(ParsedSignal parsed, String field) {
        return switch (field) {
            case "symbol" -> parsed.symbol() != null;
            case "direction" -> parsed.direction() != null;
            case "kind" -> parsed.kind() != null && parsed.update() != null;
            case "orderType" -> parsed.orderType() != null;
            case "entry" -> parsed.entry() != null;
            case "stopLoss" -> parsed.stopLoss() != null;
            case "takeProfits" -> !parsed.takeProfits().isEmpty();
            case "quantity" -> parsed.quantity() != null;
            case "sizePercent" -> parsed.sizePercent() != null;
            case "leverage" -> parsed.leverage() != null;
            default -> false;
        };
    }
}
