package org.tradeexecutor.signals.entity;

/**
 * Why a community did not take a well-read signal (its settings or its plan): the signal is stored REJECTED with it and
 * never executed.
 *
 * @param code   stable and machine-readable: {@code asset_class_not_allowed}, {@code plan_limit}
 * @param reason a sentence for the hosts
 */
public record SignalRefusal(String code, String reason) {
}
