package org.tradeexecutor.platform.entity;

/** A request parameter that cannot be used: answered 400 {@code invalid_request} with the parameter named first. */
public class InvalidRequest extends RuntimeException {

    private final String parameter;

    public InvalidRequest(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
