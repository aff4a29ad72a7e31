package org.tradeexecutor.signals.entity;

/** Whether the community has checked that the provider is who it says. */
public enum VerificationStatus {
    UNVERIFIED, VERIFIED
}
