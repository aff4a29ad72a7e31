package org.tradeexecutor.signals.entity;

/** What became of one input. */
public sealed interface IntakeOutcome {

    /** Stored (or, with {@code duplicate}, stored before: the first answer is repeated and nothing new is created). */
    record Stored(Signal signal, ParsedSignal parsed, boolean duplicate) implements IntakeOutcome {
    }

    /** Refused as bad input: nothing stored. */
    record Refused(ParsedSignal parsed) implements IntakeOutcome {
    }
}
