package org.tradeexecutor.execution.entity;

import java.util.List;

/**
 * CDI event: a fan-out slice's orders went out and these of them filled (whole or in part). Fired before each fill's
 * own {@link OrderFilled} (which then says {@code withSlice}), so that what every fill sets off and can be done for all
 * at once — counters, positions, notices — is done in a few writes for the slice instead of a few per follower.
 * Observers keep the per-fill rules (a fill booked twice is booked once) and the per-fill order of priorities.
 */
public record SliceFilled(List<ExecutionView> fills) {
}
