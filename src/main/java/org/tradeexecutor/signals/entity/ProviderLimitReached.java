package org.tradeexecutor.signals.entity;

/** The community's plan allows no more providers. */
public class ProviderLimitReached extends RuntimeException {

    public ProviderLimitReached(String message) {
        super(message);
    }
}
