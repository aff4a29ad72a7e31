package org.tradeexecutor.signals.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageTokensTest {

    @Test
    void cutsWordsNumbersAndMarksKeepingTheOriginalCase() {
        MessageTokens tokens = MessageTokens.of("BUY AAPL @ 150 SL: 145");
        assertEquals(List.of("WORD buy BUY", "WORD aapl AAPL", "MARK @ @", "NUMBER 150 150", "WORD sl SL", "MARK : :",
                "NUMBER 145 145"), describe(tokens));
    }

    @Test
    void readsNumbersAsChannelsWriteThem() {
        assertEquals(new BigDecimal("45000"), onlyNumber("$45,000"));
        assertEquals(new BigDecimal("45000"), onlyNumber("$ 45,000"));
        assertEquals(new BigDecimal("2.35"), onlyNumber("2,35"));
        assertEquals(new BigDecimal("61500"), onlyNumber("61.5k"));
        assertEquals(new BigDecimal("61500"), onlyNumber("61.5 K"));
        assertEquals(new BigDecimal("1234567.5"), onlyNumber("1,234,567.5"));
        assertEquals(new BigDecimal("0.0000120"), onlyNumber("0.0000120").setScale(7));
    }

    @Test
    void aCommaAfterThousandsIsAListNotADecimal() {
        MessageTokens tokens = MessageTokens.of("45,000,50");
        assertEquals(List.of("NUMBER 45,000 45,000", "MARK , ,", "NUMBER 50 50"), describe(tokens));
    }

    @Test
    void aCommaWithASpaceSeparatesTargets() {
        assertEquals(List.of("NUMBER 700 700", "MARK , ,", "NUMBER 720 720"), describe(MessageTokens.of("700, 720")));
    }

    @Test
    void kIsASuffixOnlyAtTheEndOfAWord() {
        assertEquals(List.of("NUMBER 5 5", "WORD kg kg"), describe(MessageTokens.of("5kg")));
    }

    @Test
    void knowsWhatIsWrittenTogether() {
        MessageTokens tokens = MessageTokens.of("TP1 25x $TSLA");
        assertTrue(tokens.touching(0, 1), "TP and 1");
        assertFalse(tokens.touching(1, 2), "1 and 25");
        assertTrue(tokens.touching(2, 3), "25 and x");
        assertTrue(tokens.touching(4, 5), "$ and TSLA");
        assertFalse(tokens.startsWord(1), "1 is glued to TP");
        assertTrue(tokens.isInteger(1, 1));
    }

    @Test
    void tokensSetAsideAreSkipped() {
        MessageTokens tokens = MessageTokens.of("SL 145 TP 160");
        tokens.use(0, 1);
        assertEquals(2, tokens.next(-1));
        assertFalse(tokens.isNumber(1));
        assertFalse(tokens.spaced(0, 2));
    }

    private static BigDecimal onlyNumber(String text) {
        MessageTokens tokens = MessageTokens.of(text);
        assertEquals(1, tokens.size(), () -> text + " is one number: " + describe(tokens));
        return tokens.number(0);
    }

    private static List<String> describe(MessageTokens tokens) {
        List<String> described = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            MessageTokens.Token token = tokens.token(i);
            described.add(token.kind() + " " + token.text() + " " + token.original());
        }
        return described;
    }
}
