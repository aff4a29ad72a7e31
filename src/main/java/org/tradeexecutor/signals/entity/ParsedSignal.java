package org.tradeexecutor.signals.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the parser read from one message or payload: exactly the JSON shape of PRODUCT S5. Absent values are null,
 * lists are never null.
 *
 * @param status       VALID (act on it), IGNORED (not a signal), REJECTED (a signal that must not run), NEEDS_REVIEW
 * @param kind         ENTRY, EXIT or UPDATE; null when not a signal
 * @param symbol       normalised: upper case, pair separators removed ("BTC/USDT" → "BTCUSDT"); the underlying for options
 * @param assetClass   STOCK, OPTION, CRYPTO or FOREX
 * @param direction    LONG or SHORT
 * @param orderType    MARKET when no price was given, LIMIT with "@ price" or an entry range
 * @param entry        the entry price
 * @param entryRange   an entry zone
 * @param stopLoss     the stop loss
 * @param takeProfits  targets in the order given
 * @param quantity     shares, contracts or coins, when the message says so
 * @param sizePercent  share of the wallet or equity ("Wallet size 3%"), or of the position for partial closes
 * @param leverage     e.g. 10 for "10x"
 * @param option       right, strike and expiration of an option
 * @param update       the management action of an UPDATE or EXIT
 * @param flags        remarks that do not stop the signal, e.g. "BREAK_EVEN"
 * @param reasons      why it was IGNORED, REJECTED or needs review
 */
public record ParsedSignal(ParseStatus status, SignalKind kind, String symbol, AssetClass assetClass, Direction direction,
                           OrderType orderType, BigDecimal entry, PriceRange entryRange, BigDecimal stopLoss,
                           List<BigDecimal> takeProfits, BigDecimal quantity, BigDecimal sizePercent, BigDecimal leverage,
                           OptionContract option, Update update, List<String> flags, List<String> reasons) {

    public ParsedSignal {
        takeProfits = takeProfits == null ? List.of() : List.copyOf(takeProfits);
        flags = flags == null ? List.of() : List.copyOf(flags);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** The same result with the symbol taken from elsewhere (the message replied to), flagged so. */
    public ParsedSignal withSymbolFrom(ParsedSignal context, String flag) {
        List<String> moreFlags = new ArrayList<>(flags);
        moreFlags.add(flag);
        return new ParsedSignal(status, kind, context.symbol(), context.assetClass(), direction == null ? context.direction() : direction,
                orderType, entry, entryRange, stopLoss, takeProfits, quantity, sizePercent, leverage, option == null ? context.option() : option,
                update, moreFlags, reasons);
    }

    /** What the signal trades: the OCC contract of an option, the symbol otherwise. */
    public Instrument instrument() {
        return assetClass == AssetClass.OPTION && option != null && option.strike() != null && option.right() != null
                ? Instrument.option(symbol, option.expiration(), option.right(), option.strike()) : Instrument.of(symbol);
    }

    /** Not a signal at all (chatter, a greeting, a brag). */
    public static ParsedSignal ignored(String reason) {
        return new ParsedSignal(ParseStatus.IGNORED, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, List.of(reason));
    }

    /** @param low the lower bound  @param high the upper bound */
    public record PriceRange(BigDecimal low, BigDecimal high) {
    }

    /** @param right call or put  @param strike the strike  @param expiration the expiry date */
    public record OptionContract(OptionRight right, BigDecimal strike, LocalDate expiration) {
    }

    /** @param action what to do  @param price the new stop, when one is named */
    public record Update(UpdateAction action, BigDecimal price) {
    }
}
