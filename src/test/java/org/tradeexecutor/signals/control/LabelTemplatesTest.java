package org.tradeexecutor.signals.control;

import org.junit.jupiter.api.Test;
import org.tradeexecutor.signals.entity.AssetClass;
import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.LabelTemplate;
import org.tradeexecutor.signals.entity.OrderType;
import org.tradeexecutor.signals.entity.ParseStatus;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.ReviewCorrection;
import org.tradeexecutor.signals.entity.SignalKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT S6: a provider's labels learnt from one approved example read its next messages of that shape. */
class LabelTemplatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theLabelsOfAnApprovedExampleReadTheNextMessageOfItsShape() {
        String example = "BUY NKE Entrada 80 Objetivo 88 Parada 76";
        ParsedSignal parsed = SignalParser.parse(example, TODAY);
        assertEquals(ParseStatus.NEEDS_REVIEW, parsed.status(), "the parser alone does not place these prices: " + parsed);
        ParsedSignal approved = ReviewedSignal.corrected(parsed, new ReviewCorrection(null, null, null, new BigDecimal("80"), null, null,
                new BigDecimal("76"), List.of(new BigDecimal("88")), null, null, null, null, null)).build();
        LabelTemplate template = LabelTemplates.learn(example, approved).orElseThrow();
        assertEquals(Map.of("entry", "entrada", "takeProfits", "objetivo", "stopLoss", "parada"), template.labels());
        assertEquals(null, template.directionWord(), "BUY says the direction in every message");

        ParsedSignal next = LabelTemplates.read(template, "SELL ORCL Entrada 140 Objetivo 130 125 Parada 146").orElseThrow().build();
        assertEquals(ParseStatus.VALID, next.status(), next.toString());
        assertEquals(Direction.SHORT, next.direction());
        assertEquals("ORCL", next.symbol());
        assertEquals(OrderType.LIMIT, next.orderType());
        assertEquals(0, new BigDecimal("140").compareTo(next.entry()));
        assertEquals(0, new BigDecimal("146").compareTo(next.stopLoss()));
        assertEquals(List.of(new BigDecimal("130"), new BigDecimal("125")), next.takeProfits());
        assertTrue(next.flags().contains(LabelTemplates.FLAG));
    }

    @Test
    void aProvidersOwnDirectionWordIsLearntAndAnotherShapeIsNotRead() {
        String example = "Compra NKE Entrada 80 Parada 76";
        ParsedSignal approved = new ParsedSignal(ParseStatus.VALID, SignalKind.ENTRY, "NKE",
                AssetClass.STOCK, Direction.LONG, OrderType.LIMIT, new BigDecimal("80"), null,
                new BigDecimal("76"), List.of(), null, null, null, null, null, List.of(), List.of());
        LabelTemplate template = LabelTemplates.learn(example, approved).orElseThrow();
        assertEquals("compra", template.directionWord());
        assertEquals(Direction.LONG, LabelTemplates.read(template, "Compra AMD Entrada 150 Parada 141").orElseThrow().build().direction());
        assertTrue(LabelTemplates.read(template, "Compra AMD Entrada 150").isEmpty(), "without its stop label it is another shape");
        assertTrue(LabelTemplates.read(template, "Venta AMD Entrada 150 Parada 160").isEmpty(), "another direction word is not guessed");
        assertEquals(ParseStatus.REJECTED, LabelTemplates.read(template, "Compra AMD Entrada 150 Parada 160").orElseThrow().build().status(),
                "the rules still hold: a long's stop above the entry");
    }
}
