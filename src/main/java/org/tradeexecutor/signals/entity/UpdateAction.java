package org.tradeexecutor.signals.entity;

/** What a management message asks for. */
public enum UpdateAction {
    MOVE_STOP, MOVE_STOP_TO_ENTRY, CLOSE_PARTIAL, CLOSE, CANCEL, TAKE_PROFIT_HIT
}
