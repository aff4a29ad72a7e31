package org.tradeexecutor.subscriptions.entity;

/** A follow or change that is not allowed; the message says why. */
public class SubscriptionRefused extends RuntimeException {

    public SubscriptionRefused(String message) {
        super(message);
    }
}
