package org.tradeexecutor.signals.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A message cut once into words, numbers and single marks, so that the parser walks a couple of dozen tokens instead
 * of scanning the text with one regular expression per field (PRODUCT budget: &lt; 50 µs per message; ~25 scans cost
 * 100–150 µs on the CI machine). Words are kept in lower case and as written (tickers are told by their case).
 * A number is what channels write: "$45,000", "2,35", "61.5k", "$ 1.10". A field read from some tokens sets them
 * aside ({@link #use}), as if they were cut out of the text; the readers then skip them.
 */
final class MessageTokens {

    enum Kind { WORD, NUMBER, MARK }

    /**
     * @param text     lower case; for a number its digits, separators and "k", without "$" or spaces
     * @param original as written
     */
    record Token(Kind kind, String text, String original, int start, int end) {
    }

    private final List<Token> tokens;
    private final boolean[] used;
    private final boolean[] symbolMark;

    private MessageTokens(List<Token> tokens) {
        this.tokens = tokens;
        this.used = new boolean[tokens.size()];
        this.symbolMark = new boolean[tokens.size()];
    }

    /** @param text a normalised message: single spaces, no line breaks */
    static MessageTokens of(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 3 + 1);
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            int digitsAt = c != '$' ? at : at + 1 < text.length() && text.charAt(at + 1) == ' ' ? at + 2 : at + 1;
            if (c == ' ') {
                at++;
            } else if (digitsAt < text.length() && (isDigit(text.charAt(digitsAt)) || startsWithPoint(text, digitsAt))) {
                at = readNumber(text, at, digitsAt, tokens);
            } else if (Character.isLetter(c)) {
                int end = at;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(at, end);
                tokens.add(new Token(Kind.WORD, word.toLowerCase(Locale.ROOT), word, at, end));
                at = end;
            } else {
                String mark = String.valueOf(c);
                tokens.add(new Token(Kind.MARK, mark, mark, at, at + 1));
                at++;
            }
        }
        return new MessageTokens(tokens);
    }

    /** Digits, then thousands groups (",000") or one decimal point or comma, then an optional "k"; answers the end. */
    private static int readNumber(String text, int start, int digitsAt, List<Token> tokens) {
        int end = digitsAt;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        boolean grouped = false;
        if (end - digitsAt <= 3) {
            while (isThousandsGroup(text, end)) {
                end += 4;
                grouped = true;
            }
        }
        boolean decimalSeparator = end + 1 < text.length()
                && (text.charAt(end) == '.' || (text.charAt(end) == ',' && !grouped)) && isDigit(text.charAt(end + 1));
        if (decimalSeparator) {
            end += 2;
            while (end < text.length() && isDigit(text.charAt(end))) {
                end++;
            }
        }
        String number = text.substring(digitsAt, end);
        if (isThousandSuffix(text, end)) {
            number += "k";
            end += 1;
        } else if (end < text.length() && text.charAt(end) == ' ' && isThousandSuffix(text, end + 1)) {
            number += "k";
            end += 2;
        }
        tokens.add(new Token(Kind.NUMBER, number, text.substring(start, end), start, end));
        return end;
    }

    /** ".93", "@.05", "$.40": a price written without its leading zero (no letter or digit right before the point). */
    private static boolean startsWithPoint(String text, int at) {
        return text.charAt(at) == '.' && at + 1 < text.length() && isDigit(text.charAt(at + 1))
                && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)));
    }

    private static boolean isThousandsGroup(String text, int at) {
        return at + 3 < text.length() && text.charAt(at) == ',' && isDigit(text.charAt(at + 1))
                && isDigit(text.charAt(at + 2)) && isDigit(text.charAt(at + 3))
                && (at + 4 == text.length() || !isDigit(text.charAt(at + 4)));
    }

    private static boolean isThousandSuffix(String text, int at) {
        return at < text.length() && (text.charAt(at) == 'k' || text.charAt(at) == 'K')
                && (at + 1 == text.length() || !(Character.isLetterOrDigit(text.charAt(at + 1)) || text.charAt(at + 1) == '_'));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    int size() {
        return tokens.size();
    }

    /** The token as cut, whether set aside or not. */
    Token token(int index) {
        return tokens.get(index);
    }

    /** The first token not set aside after {@code index} ({@code -1} for the first of all), or {@link #size()}. */
    int next(int index) {
        int next = index + 1;
        while (next < tokens.size() && used[next]) {
            next++;
        }
        return next;
    }

    boolean available(int index) {
        return index >= 0 && index < tokens.size() && !used[index];
    }

    boolean isWord(int index) {
        return available(index) && tokens.get(index).kind() == Kind.WORD;
    }

    boolean isWord(int index, String word) {
        return isWord(index) && tokens.get(index).text().equals(word);
    }

    boolean isWordIn(int index, Set<String> words) {
        return isWord(index) && words.contains(tokens.get(index).text());
    }

    boolean isNumber(int index) {
        return available(index) && tokens.get(index).kind() == Kind.NUMBER;
    }

    /** Digits with at most one decimal point: no "$", thousands, decimal comma or "k" (strikes, leverage, counts). */
    boolean isPlainNumber(int index) {
        if (!isNumber(index) || tokens.get(index).original().charAt(0) == '$') {
            return false;
        }
        String text = tokens.get(index).text();
        return text.indexOf(',') < 0 && text.indexOf('k') < 0;
    }

    /** Digits only, at most {@code maxDigits} of them. */
    boolean isInteger(int index, int maxDigits) {
        if (!isPlainNumber(index)) {
            return false;
        }
        String text = tokens.get(index).text();
        return text.length() <= maxDigits && text.indexOf('.') < 0;
    }

    boolean isMark(int index, char mark) {
        return available(index) && tokens.get(index).kind() == Kind.MARK && tokens.get(index).text().charAt(0) == mark;
    }

    /** @param marks each character one accepted mark */
    boolean isMarkIn(int index, String marks) {
        return available(index) && tokens.get(index).kind() == Kind.MARK && marks.indexOf(tokens.get(index).text().charAt(0)) >= 0;
    }

    String text(int index) {
        return tokens.get(index).text();
    }

    BigDecimal number(int index) {
        return PriceText.parse(tokens.get(index).text());
    }

    /** Written without a space between them ("25x", "TP1", "$TSLA"). */
    boolean touching(int first, int second) {
        return first >= 0 && second == first + 1 && second < tokens.size()
                && tokens.get(first).end() == tokens.get(second).start();
    }

    /** Next to each other in what is left of the text, with at most one space between them. */
    boolean spaced(int first, int second) {
        return first >= 0 && second < tokens.size() && second == next(first)
                && tokens.get(second).start() - tokens.get(first).end() <= 1;
    }

    /** No letter or digit is written right before it (a regular expression's {@code \b} in front of a word or number). */
    boolean startsWord(int index) {
        return !touching(index - 1, index) || tokens.get(index - 1).kind() == Kind.MARK;
    }

    /** No letter or digit is written right after it. */
    boolean endsWord(int index) {
        return !touching(index, index + 1) || tokens.get(index + 1).kind() == Kind.MARK;
    }

    /** Sets the tokens from {@code first} to {@code last} (inclusive) aside. */
    void use(int first, int last) {
        for (int index = first; index <= last && index < used.length; index++) {
            used[index] = true;
        }
    }

    /** Marks where the symbol stands ("$GME 28.40": the price follows the symbol like it follows "at"). */
    void markSymbol(int index) {
        symbolMark[index] = true;
    }

    boolean isSymbolMark(int index) {
        return available(index) && symbolMark[index];
    }
}
