package org.tradeexecutor.access.entity;

/** Thrown when the signed-in user lacks the role an action needs; answered with 403 and audited. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
