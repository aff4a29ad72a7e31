package org.tradeexecutor.signals.entity;

import java.util.Map;

/**
 * A provider's own way of writing a signal, learnt from one message a host approved and marked as the example
 * (PRODUCT S6): the word that says the direction, and for each field the label written before its value —
 * {@code "Compra AAPL Entrada 150 Objetivo 160 Parada 145"} gives {@code compra → LONG}, {@code entrada → entry},
 * {@code objetivo → takeProfits}, {@code parada → stopLoss}. Labels only: a host never types a pattern.
 *
 * @param directionWord the provider's own word for the direction, or null when its messages say buy, sell, long or short
 * @param labels        field → the word written before its value, lower case
 */
public record LabelTemplate(String directionWord, Direction direction, OrderType orderType, Map<String, String> labels) {

    public LabelTemplate {
        labels = Map.copyOf(labels);
    }
}
