package org.tradeexecutor.signals.entity;

import java.util.List;

/** What a review came to: the signal's id, its status after, the parse that runs (approved) or null, and why not. */
public sealed interface ReviewOutcome {

    record Approved(String signalId, SignalStatus status, ParsedSignal approved) implements ReviewOutcome {
    }

    record Dismissed(String signalId) implements ReviewOutcome {
    }

    /** Another host (or an earlier click) decided first: nothing changed. */
    record AlreadyReviewed(String signalId, ReviewState state) implements ReviewOutcome {
    }

    /** The signal is not one of the community's, or does not wait for review. */
    record NotFound(String signalId) implements ReviewOutcome {
    }

    /** The corrected signal breaks a rule (a stop on the wrong side, a move without its price): nothing changed. */
    record Invalid(String signalId, List<String> reasons) implements ReviewOutcome {
    }
}
