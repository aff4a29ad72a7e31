package org.tradeexecutor.audit.entity;

public enum AuditOutcome {
    SUCCESS, FAILURE, BLOCKED
}
