package org.tradeexecutor.signals.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.tradeexecutor.signals.entity.Direction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * TradersPost's nested exits: {@code takeProfit: {limitPrice | percent | amount}} and {@code stopLoss: {type,
 * stopPrice | percent | amount}}. A relative level is measured from the entry (the order's price, else the alert's
 * {@code signalPrice}) on the side that makes it a target or a stop for the direction: a long's target lies above.
 */
final class ExitLevels {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ExitLevels() {
    }

    /** @throws NumberFormatException with the reason, for a level that cannot be read or measured */
    static BigDecimal takeProfit(JsonObject spec, BigDecimal reference, Direction direction) {
        Optional<BigDecimal> price = number(spec, "limitPrice");
        return price.isPresent() ? price.get() : relative(spec, reference, direction == Direction.SHORT ? -1 : 1, "take profit");
    }

    /** @throws NumberFormatException with the reason; a trailing stop is refused (it is not followed as one) */
    static BigDecimal stopLoss(JsonObject spec, BigDecimal reference, Direction direction) {
        String type = value(spec, "type") instanceof JsonString s ? s.getString().toLowerCase(Locale.ROOT) : "stop";
        if (type.startsWith("trailing")) {
            throw new NumberFormatException("a trailing stop (stopLoss.type \"" + type + "\") is not followed as one: send a stop price");
        }
        Optional<BigDecimal> price = number(spec, "stopPrice");
        return price.isPresent() ? price.get() : relative(spec, reference, direction == Direction.SHORT ? 1 : -1, "stop loss");
    }

    /** Whether the exit is given in percent or amount, without a price of its own. */
    static boolean isRelative(Optional<JsonObject> spec) {
        return spec.isPresent() && number(spec.get(), "limitPrice").isEmpty() && number(spec.get(), "stopPrice").isEmpty()
                && (value(spec.get(), "percent") != null || value(spec.get(), "amount") != null);
    }

    private static BigDecimal relative(JsonObject spec, BigDecimal reference, int side, String what) {
        Optional<BigDecimal> percent = number(spec, "percent");
        Optional<BigDecimal> amount = number(spec, "amount");
        if (percent.isEmpty() && amount.isEmpty()) {
            throw new NumberFormatException("the " + what + " names no price, percent or amount");
        }
        if (reference == null) {
            throw new NumberFormatException("a " + what + " in " + (percent.isPresent() ? "percent" : "amount")
                    + " needs the entry to measure from: send price or signalPrice (or let the market price stand for it: no quote for the symbol now)");
        }
        BigDecimal distance = percent.map(p -> reference.multiply(p).divide(HUNDRED)).orElseGet(amount::get);
        BigDecimal level = reference.add(distance.multiply(BigDecimal.valueOf(side)));
        return PriceText.plain(level.setScale(Math.max(reference.scale(), 2), RoundingMode.HALF_EVEN));
    }

    /** Keys in any case, as at the payload's top level. */
    private static JsonValue value(JsonObject spec, String key) {
        return spec.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Optional<BigDecimal> number(JsonObject spec, String key) {
        JsonValue value = value(spec, key);
        if (value == null || value == JsonValue.NULL || value instanceof JsonString string && string.getString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(StructuredSignalParser.number(value, key + " is not a number"));
    }
}
