package org.tradeexecutor.realtime.entity;

/**
 * The data of a {@code notification} message: what the browser shows as a toast.
 *
 * @param severity info, warn or error
 */
public record Notice(String severity, String summary, String detail) {
}
