package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.Direction;

import java.util.Set;

/**
 * The order verbs of options desks, which they use for shares too: BTO and STO open a long or a short, STC and BTC
 * close one. "BTC" is bitcoin unless what follows is a ticker or a date ("BTC TSLA @ 330", "BTC SPY 560p"): never
 * before "/" or "-" ("BTC/USDT"), after "$" or "#", or before anything else ("BTC long 68000").
 */
final class DeskVerbs {

    private static final Set<String> VERBS = Set.of("bto", "sto", "stc", "btc");

    private DeskVerbs() {
    }

    /** The first desk verb, or -1. */
    static int find(MessageTokens tokens) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            if (tokens.isWordIn(index, VERBS) && !tokens.isMarkIn(tokens.next(index), "/-")
                    && (!tokens.isWord(index, "btc") || isBuyToClose(tokens, index))) {
                return index;
            }
        }
        return -1;
    }

    /** BTO and STO open a position; STC and BTC close one. */
    static boolean opens(MessageTokens tokens, int verb) {
        return tokens.isWord(verb, "bto") || tokens.isWord(verb, "sto");
    }

    /** The side of the position the verb opens or closes: LONG for BTO and STC, SHORT for STO and BTC. */
    static Direction side(MessageTokens tokens, int verb) {
        return tokens.isWord(verb, "bto") || tokens.isWord(verb, "stc") ? Direction.LONG : Direction.SHORT;
    }

    private static boolean isBuyToClose(MessageTokens tokens, int btc) {
        if (tokens.touching(btc - 1, btc) && tokens.isMarkIn(btc - 1, "$#")) {
            return false;
        }
        int next = tokens.next(btc);
        if (tokens.isMark(next, '$') && tokens.touching(next, next + 1) && tokens.isWord(next + 1)) {
            return true;
        }
        boolean date = tokens.isInteger(next, 2) && tokens.isMark(next + 1, '/') && tokens.touching(next, next + 1);
        return date || (tokens.isWord(next) && SymbolReader.isUpperCaseTicker(tokens.token(next).original())
                && !SymbolReader.NOT_TICKERS.contains(tokens.token(next).original()));
    }
}
