package org.tradeexecutor.signals.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a symbol trades: its asset class, its underlying and how many units of the underlying one contract stands
 * for. The one place that knows how a quantity at a price becomes money — sizing, the risk gate, the paper ledger,
 * P&L and marks all ask here: an option contract is 100 shares, so 2 contracts at a premium of 1.45 cost 290.
 *
 * @param symbol     as orders and positions carry it: "AAPL", "BTCUSDT", "EURUSD", OCC "MSFT250117P00210000"
 * @param underlying the option's root; the symbol itself otherwise
 * @param multiplier units of the underlying per contract: 100 for options, 1 otherwise
 */
public record Instrument(String symbol, AssetClass assetClass, String underlying, int multiplier) {

    public static final int OPTION_MULTIPLIER = 100;
    private static final Pattern OCC = Pattern.compile("([A-Z]{1,6})(\\d{6})([CP])(\\d{8})");
    private static final DateTimeFormatter OCC_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final Set<String> KNOWN_CRYPTO = Set.of("BTC", "ETH", "SOL", "ADA", "XRP", "DOGE", "BNB", "MATIC", "ARB",
            "AVAX", "DOT", "LINK", "LTC", "OP", "SHIB", "PEPE", "TRX", "TON", "ATOM", "NEAR", "APT", "SUI", "INJ", "SEI", "TIA",
            "WIF", "BONK", "FIL", "UNI", "AAVE", "ETC", "BCH", "XLM", "HBAR", "ICP", "RNDR", "FET", "WLD", "JUP");
    /** ISO 4217 codes forex desks trade against each other, gold (XAU) and silver (XAG) among them. */
    private static final Set<String> CURRENCIES = Set.of("USD", "EUR", "GBP", "JPY", "CHF", "AUD", "CAD", "NZD", "SEK", "NOK", "XAU", "XAG");
    private static final Set<String> CRYPTO_QUOTES = Set.of("USDT", "USDC", "BUSD", "PERP", "BTC", "ETH");
    private static final List<String> QUOTES = List.of("USDT", "USDC", "BUSD", "PERP", "USD", "EUR", "JPY", "GBP", "CHF", "CAD", "AUD", "BTC", "ETH");

    public static Instrument of(String symbol) {
        Matcher occ = OCC.matcher(symbol);
        if (occ.matches()) {
            return new Instrument(symbol, AssetClass.OPTION, occ.group(1), OPTION_MULTIPLIER);
        }
        return new Instrument(symbol, classOf(symbol), symbol, 1);
    }

    /** An option contract in OCC symbology: root, YYMMDD, C or P, strike × 1000 in eight digits. */
    public static Instrument option(String root, LocalDate expiration, OptionRight right, BigDecimal strike) {
        String expiry = expiration == null ? "000000" : OCC_DATE.format(expiration);
        String thousandths = String.format("%08d", strike.multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.HALF_UP).longValueExact());
        return new Instrument(root + expiry + right.name().charAt(0) + thousandths, AssetClass.OPTION, root, OPTION_MULTIPLIER);
    }

    /** A currency code of forex (or a metal traded like one): "USD", "CHF", "XAU". */
    public static boolean isCurrency(String code) {
        return CURRENCIES.contains(code);
    }

    /** What the quantity is worth at the price: quantity × price × multiplier (negative for a short quantity). */
    public BigDecimal value(BigDecimal quantity, BigDecimal price) {
        BigDecimal value = quantity.multiply(price);
        return multiplier == 1 ? value : value.multiply(BigDecimal.valueOf(multiplier));
    }

    /** Coins trade in fractions; shares, contracts and currency units whole. */
    public boolean wholeUnits() {
        return assetClass != AssetClass.CRYPTO;
    }

    /** A pair of currencies is forex, a known coin or a crypto quote is crypto, anything else a stock. */
    private static AssetClass classOf(String symbol) {
        for (String quote : QUOTES) {
            if (symbol.length() > quote.length() && symbol.endsWith(quote)) {
                String base = symbol.substring(0, symbol.length() - quote.length());
                if (CURRENCIES.contains(base) && CURRENCIES.contains(quote)) {
                    return AssetClass.FOREX;
                }
                if (KNOWN_CRYPTO.contains(base) || CRYPTO_QUOTES.contains(quote)) {
                    return AssetClass.CRYPTO;
                }
            }
        }
        return KNOWN_CRYPTO.contains(symbol) ? AssetClass.CRYPTO : AssetClass.STOCK;
    }
}
