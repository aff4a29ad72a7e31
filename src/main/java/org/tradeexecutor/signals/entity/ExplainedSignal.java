package org.tradeexecutor.signals.entity;

import java.util.List;

/** A parse result with, for each field read, where it came from and by which rule. */
public record ExplainedSignal(ParsedSignal signal, List<FieldSource> explanation) {

    public ExplainedSignal {
        explanation = List.copyOf(explanation);
    }
}
