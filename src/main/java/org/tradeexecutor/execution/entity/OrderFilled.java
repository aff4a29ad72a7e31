package org.tradeexecutor.execution.entity;

/**
 * CDI event: an order filled, completely or in part ({@code execution().state()} says which; its filled quantity and
 * average price are cumulative). A report repeated or late says nothing new and observers book nothing twice.
 *
 * @param replayed  announced again by the recovery after a restart (its follow-up work may not have happened); observers
 *                  act idempotently and do not notify the trader a second time
 * @param withSlice one of a fan-out slice's fills, which {@link SliceFilled} already brought to the observers that
 *                  work on a slice at once; they leave it alone here
 */
public record OrderFilled(String communityId, ExecutionView execution, boolean replayed, boolean withSlice) {

    public OrderFilled(String communityId, ExecutionView execution, boolean replayed) {
        this(communityId, execution, replayed, false);
    }
}
