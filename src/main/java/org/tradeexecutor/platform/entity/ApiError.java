package org.tradeexecutor.platform.entity;

/**
 * The JSON body of every error answer of the API.
 *
 * @param error   a stable machine-readable code, e.g. "forbidden"
 * @param message a sentence for a person
 */
public record ApiError(String error, String message) {
}
