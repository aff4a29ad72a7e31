package org.tradeexecutor.signals.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.OrderType;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.SignalKind;
import org.tradeexecutor.signals.entity.UpdateAction;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads machine-made signals: TradingView-style JSON ({@code symbol|ticker, action|side|direction, price|close|signalPrice,
 * stop_loss|sl|stopLoss, take_profit|tp|takeProfit|target, quantity|amount|size, type|order_type, leverage}) and
 * OctoBot-style key=value ({@code SYMBOL=ETHBTC;SIGNAL=BUY;ORDER_TYPE=LIMIT;VOLUME=2%;PRICE=…;STOP_PRICE=…;
 * TAKE_PROFIT_PRICE_1=…}). A missing symbol or action, an unknown action or a price of 0 or less is REJECTED.
 */
public final class StructuredSignalParser {

    /** Looking the JSON provider up costs more than parsing a payload: once is enough. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*[A-Za-z_]+\\s*=.*", Pattern.DOTALL);
    private static final Pattern PAIR_SEPARATORS = Pattern.compile("[;&\\n]");
    private static final Pattern SYMBOL_SEPARATORS = Pattern.compile("[/_\\-\\s]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*[^{}]{0,40}\\}\\}");
    /** A relative exit with no entry to measure from: the intake measures it from the quote (see {@link #json(String, BigDecimal)}). */
    public static final String NEEDS_QUOTE = "NEEDS_QUOTE";
    /** The relative exits were measured from the market price at intake. */
    public static final String LEVELS_FROM_QUOTE = "LEVELS_FROM_QUOTE";
    // The aliases of each field, in the order they are read (the first present wins); the explainer points at the same.
    static final List<String> SYMBOL_KEYS = List.of("symbol", "ticker");
    static final List<String> JSON_ACTION_KEYS = List.of("action", "side", "direction", "signal");
    static final List<String> ENTRY_KEYS = List.of("limitprice", "stopprice", "price", "close", "signalprice", "entry");
    static final List<String> STOP_KEYS = List.of("stop_loss", "sl", "stoploss", "stop_price", "stop");
    static final List<String> TAKE_PROFIT_KEYS = List.of("take_profit", "tp", "takeprofit", "target", "targets", "take_profit_price");
    static final List<String> QUANTITY_KEYS = List.of("quantity", "amount", "size", "volume", "qty", "contracts");
    static final List<String> ORDER_TYPE_KEYS = List.of("type", "order_type", "ordertype");
    static final List<String> LEVERAGE_KEYS = List.of("leverage");

    private StructuredSignalParser() {
    }

    public static boolean looksLikeJson(String body) {
        String trimmed = body.stripLeading();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }

    public static boolean looksLikeKeyValue(String body) {
        return KEY_VALUE.matcher(body).matches() && body.contains("=") && !body.contains(" = ");
    }

    /** Parses a JSON object; a body that is not a JSON object is REJECTED with the reason. */
    public static ParsedSignal json(String body) {
        return json(body, null);
    }

    /**
     * @param quote the market price to measure relative exits from when the payload names no entry (TradersPost's
     *              {@code stopLoss: {percent}} on a market order): the intake supplies it, the parser stays pure
     */
    static ParsedSignal json(String body, BigDecimal quote) {
        JsonObject object;
        try {
            JsonValue value = READERS.createReader(new StringReader(body)).readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return rejected("The payload is not a JSON object.");
            }
            object = value.asJsonObject();
        } catch (JsonException | NumberFormatException e) { // the reader makes each number as it reads it
            return rejected("The payload is not valid JSON: " + e.getMessage());
        } catch (RuntimeException refused) { // Parsson's own limits (nesting depth) end in a bare RuntimeException
            return rejected("The payload cannot be read: " + refused.getMessage() + ".");
        }
        Optional<String> placeholder = unreplacedPlaceholder(object, "");
        if (placeholder.isPresent()) {
            return rejected("The alert's placeholder " + placeholder.get() + " was not replaced: TradingView sends a placeholder as written"
                    + " when the alert's message does not fill it in (write {{close}} etc. in the alert's message box).");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        object.forEach((key, value) -> fields.put(key.toLowerCase(Locale.ROOT), value));
        return fromFields(new Fields(fields), SYMBOL_KEYS, JSON_ACTION_KEYS, quote);
    }

    /** Parses key=value pairs separated by ";", "&" or line breaks; keys are case-insensitive. */
    public static ParsedSignal keyValue(String body) {
        Map<String, Object> fields = new TreeMap<>();
        for (String pair : PAIR_SEPARATORS.split(body)) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(pair.substring(0, equals).trim().toLowerCase(Locale.ROOT), pair.substring(equals + 1).trim());
            }
        }
        return fromFields(new Fields(fields), SYMBOL_KEYS, List.of("signal", "action", "side"), null);
    }

    private static ParsedSignal fromFields(Fields fields, List<String> symbolKeys, List<String> actionKeys, BigDecimal quote) {
        SignalDraft draft = new SignalDraft();
        Optional<String> symbol = fields.text(symbolKeys);
        Optional<String> action = fields.text(actionKeys);
        if (symbol.isEmpty()) {
            draft.reject("The symbol is missing (symbol or ticker).");
        }
        if (action.isEmpty()) {
            draft.reject("The action is missing (action, side, direction or signal).");
        }
        if (symbol.isEmpty() || action.isEmpty()) {
            return draft.build();
        }
        draft.symbol = SYMBOL_SEPARATORS.matcher(symbol.get()).replaceAll("").toUpperCase(Locale.ROOT);
        if (!readAction(action.get().toLowerCase(Locale.ROOT), draft)) {
            draft.reject("The action \"" + action.get() + "\" is not buy, sell, long, short, exit, close or cancel.");
            return draft.build();
        }
        if (fields.text(List.of("sentiment")).filter("flat"::equalsIgnoreCase).isPresent() && draft.kind == SignalKind.ENTRY) {
            // TradersPost: buy with sentiment flat closes a short, sell with it closes a long; it never opens one.
            draft.kind = SignalKind.EXIT;
            draft.direction = draft.direction == Direction.LONG ? Direction.SHORT : Direction.LONG;
            draft.update = new ParsedSignal.Update(UpdateAction.CLOSE, null);
        }
        try {
            // TradersPost: a limit order's price is limitPrice, a stop order's stopPrice; alerts send the bar's price too.
            draft.entry = fields.number(ENTRY_KEYS);
            Optional<JsonObject> stop = fields.nested("stoploss");
            BigDecimal reference = draft.entry != null ? draft.entry : quote;
            boolean relativeToQuote = draft.entry == null && quote != null;
            if (draft.entry == null && (ExitLevels.isRelative(fields.nested("stoploss")) || ExitLevels.isRelative(fields.nested("takeprofit")))) {
                draft.flags.add(quote == null ? NEEDS_QUOTE : LEVELS_FROM_QUOTE);
            }
            draft.stopLoss = stop.isPresent() ? ExitLevels.stopLoss(stop.get(), reference, draft.direction)
                    : fields.number(STOP_KEYS);
            Optional<JsonObject> target = fields.nested("takeprofit");
            target.ifPresent(spec -> draft.takeProfits.add(ExitLevels.takeProfit(spec, reference, draft.direction)));
            // A nested takeProfit was read above; the same key is then no number to read again.
            draft.takeProfits.addAll(fields.numbers(TAKE_PROFIT_KEYS.stream().filter(key -> target.isEmpty() || !key.equals("takeprofit")).toList()));
            fields.keysStartingWith("take_profit_price_").stream().map(key -> fields.number(List.of(key))).filter(Objects::nonNull)
                    .forEach(draft.takeProfits::add);
            draft.leverage = fields.number(LEVERAGE_KEYS);
            readVolume(fields, draft);
        } catch (NumberFormatException | ArithmeticException e) {
            draft.reject("A number could not be read: " + e.getMessage());
            return draft.build();
        }
        // Alerts send the bar's price with every order; only an explicit type makes it a limit (or stop) price.
        String orderType = fields.text(ORDER_TYPE_KEYS).orElse("market").toUpperCase(Locale.ROOT);
        switch (orderType) {
            case "MARKET" -> draft.orderType = OrderType.MARKET;
            case "LIMIT" -> draft.orderType = OrderType.LIMIT;
            case "STOP" -> draft.orderType = OrderType.STOP;
            default -> draft.reject("The order type \"" + orderType + "\" is not market, limit or stop.");
        }
        if (draft.orderType != OrderType.MARKET && draft.entry == null) {
            draft.reject("A " + orderType.toLowerCase(Locale.ROOT) + " order needs a price.");
        }
        draft.assetClass = SignalRules.assetClass(draft.symbol, draft.leverage != null);
        if (draft.kind == SignalKind.ENTRY) {
            SignalRules.validate(draft);
        }
        return draft.build();
    }

    private static boolean readAction(String action, SignalDraft draft) {
        switch (action) {
            case "buy", "long", "bull", "up", "enter_long" -> {
                draft.kind = SignalKind.ENTRY;
                draft.direction = Direction.LONG;
            }
            case "sell", "short", "bear", "down", "enter_short" -> {
                draft.kind = SignalKind.ENTRY;
                draft.direction = Direction.SHORT;
            }
            case "exit", "close", "flat", "exit_long", "close_long", "exit_short", "close_short" -> {
                draft.kind = SignalKind.EXIT;
                draft.direction = action.endsWith("short") ? Direction.SHORT : action.endsWith("long") ? Direction.LONG : null;
                draft.update = new ParsedSignal.Update(UpdateAction.CLOSE, null);
            }
            case "cancel" -> {
                draft.kind = SignalKind.UPDATE;
                draft.update = new ParsedSignal.Update(UpdateAction.CANCEL, null);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * quantity|amount|size|volume|qty: a number is a quantity, "2%" a share of the portfolio; TradersPost's
     * {@code quantityType} says which ({@code fixed_quantity}, {@code percent_of_equity}).
     */
    private static void readVolume(Fields fields, SignalDraft draft) {
        Optional<String> volume = fields.text(QUANTITY_KEYS);
        if (volume.isEmpty()) {
            return;
        }
        String value = volume.get().trim();
        String quantityType = fields.text(List.of("quantitytype")).orElse("").toLowerCase(Locale.ROOT);
        switch (quantityType) {
            case "", "fixed_quantity" -> { }
            case "percent_of_equity" -> {
                draft.sizePercent = positive(value.replace("%", ""), draft);
                return;
            }
            case "percent_of_position" -> {
                if (draft.kind == SignalKind.EXIT && new BigDecimal(value.replace("%", "")).compareTo(BigDecimal.valueOf(100)) == 0) {
                    return; // the whole position: a close
                }
                draft.reject("Closing part of a position (quantityType percent_of_position " + value + ") is not supported: close it all or send a quantity.");
                return;
            }
            case "dollar_amount" -> {
                draft.reject("A dollar amount (quantityType dollar_amount) is not supported: send a quantity or percent_of_equity.");
                return;
            }
            default -> {
                draft.reject("The quantityType \"" + quantityType + "\" is not fixed_quantity, percent_of_equity, percent_of_position or dollar_amount.");
                return;
            }
        }
        if (value.endsWith("%")) {
            draft.sizePercent = positive(value.substring(0, value.length() - 1), draft);
        } else {
            draft.quantity = positive(value, draft);
        }
    }

    private static BigDecimal positive(String value, SignalDraft draft) {
        BigDecimal number = new BigDecimal(value.trim());
        if (number.signum() <= 0) {
            draft.reject("A size of 0 or less cannot be traded.");
        }
        return PriceText.plain(number);
    }

    /** The first string value, at any depth, that still holds a {{placeholder}}, with where it is. */
    private static Optional<String> unreplacedPlaceholder(JsonValue value, String path) {
        if (value instanceof JsonString string) {
            Matcher found = PLACEHOLDER.matcher(string.getString());
            return found.find() ? Optional.of(found.group() + (path.isEmpty() ? "" : " (in " + path + ")")) : Optional.empty();
        }
        if (value instanceof JsonObject object) {
            return object.entrySet().stream().map(e -> unreplacedPlaceholder(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey()))
                    .flatMap(Optional::stream).findFirst();
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(v -> unreplacedPlaceholder(v, path)).flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }

    /** A JSON number, or a string holding one; anything else is refused with {@code otherwise} as the reason. */
    static BigDecimal number(JsonValue value, String otherwise) {
        if (value instanceof JsonNumber number) {
            return PriceText.plain(number.bigDecimalValue());
        }
        if (value instanceof JsonString string) {
            return PriceText.plain(new BigDecimal(string.getString().trim()));
        }
        throw new NumberFormatException(otherwise);
    }

    private static ParsedSignal rejected(String reason) {
        SignalDraft draft = new SignalDraft();
        draft.reject(reason);
        return draft.build();
    }

    /** Field access across both formats: values are JSON values or strings. */
    private record Fields(Map<String, Object> values) {

        boolean has(String key) {
            Object value = values.get(key);
            return value != null && value != JsonValue.NULL;
        }

        Optional<String> text(List<String> keys) {
            for (String key : keys) {
                Object value = values.get(key);
                if (value instanceof JsonString string && !string.getString().isBlank()) {
                    return Optional.of(string.getString().trim());
                }
                if (value instanceof JsonNumber number) {
                    return Optional.of(number.toString());
                }
                if (value instanceof String string && !string.isBlank()) {
                    return Optional.of(string.trim());
                }
            }
            return Optional.empty();
        }

        /** The first of the keys that holds a number; a key holding something else (an object, true) is refused. */
        BigDecimal number(List<String> keys) {
            for (String key : keys) {
                Object value = values.get(key);
                if (value instanceof JsonNumber number) {
                    return PriceText.plain(number.bigDecimalValue());
                }
                if (value instanceof JsonArray array && !array.isEmpty()) {
                    return numberOf(array.get(0));
                }
                Optional<String> text = text(List.of(key));
                if (text.isPresent()) {
                    return PriceText.plain(new BigDecimal(text.get().replace("$", "").replace(",", "")));
                }
                if (value instanceof JsonValue other && other != JsonValue.NULL && !(other instanceof JsonArray)) {
                    throw new NumberFormatException(key + " is not a number");
                }
            }
            return null;
        }

        Optional<JsonObject> nested(String key) {
            return values.get(key) instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        }

        List<BigDecimal> numbers(List<String> keys) {
            for (String key : keys) {
                Object value = values.get(key);
                if (value instanceof JsonArray array) {
                    return array.stream().map(Fields::numberOf).toList();
                }
                BigDecimal number = has(key) ? number(List.of(key)) : null;
                if (number != null) {
                    return List.of(number);
                }
            }
            return List.of();
        }

        List<String> keysStartingWith(String prefix) {
            return values.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
        }

        private static BigDecimal numberOf(JsonValue value) {
            return StructuredSignalParser.number(value, String.valueOf(value));
        }
    }
}
