package org.tradeexecutor.execution.entity;

/** The broker could not be reached or did not answer in time: whether an order arrived is not known. */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
