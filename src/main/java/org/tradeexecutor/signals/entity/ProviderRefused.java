package org.tradeexecutor.signals.entity;

/** A provider change that cannot be made (a channel bound elsewhere, one of another Discord server); nothing was changed. */
public class ProviderRefused extends RuntimeException {

    private final String code;

    /** @param code the API's {@code error}: {@code channel_taken} (409), {@code invalid_request} (400) */
    public ProviderRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
