package org.tradeexecutor.platform.entity;

/** Thrown when the signed-in user may not do what they asked; answered with 403 {@code {error: code, message}} and audited. */
public class AccessDeniedException extends RuntimeException {

    private final String code;

    public AccessDeniedException(String message) {
        this("forbidden", message);
    }

    public AccessDeniedException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The API's {@code error}. */
    public String code() {
        return code;
    }
}
