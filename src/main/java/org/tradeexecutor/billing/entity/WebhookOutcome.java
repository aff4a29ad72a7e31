package org.tradeexecutor.billing.entity;

/** What became of one billing webhook delivery. */
public sealed interface WebhookOutcome {

    /** The community's plan and billing state follow the event (or stayed: it was older than the last one applied). */
    record Applied(String communityId, String plan, BillingStatus status, boolean stale) implements WebhookOutcome {
    }

    /** This {@code webhook-id} was handled before: nothing changes again. */
    record Duplicate(String webhookId) implements WebhookOutcome {
    }

    /** An event type that says nothing of plans: acknowledged, so Polar does not retry it. */
    record Ignored(String type) implements WebhookOutcome {
    }

    /**
     * Not taken, nothing changed.
     *
     * @param status the HTTP status to answer  @param code the error code  @param message a sentence for the operator
     */
    record Refused(int status, String code, String message) implements WebhookOutcome {
    }
}
