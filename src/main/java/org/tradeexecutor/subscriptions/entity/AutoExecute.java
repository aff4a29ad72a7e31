package org.tradeexecutor.subscriptions.entity;

/** Whether a follower's orders go out at once: as the community decides, always, or only after the trader confirms. */
public enum AutoExecute {
    INHERIT, ON, OFF
}
