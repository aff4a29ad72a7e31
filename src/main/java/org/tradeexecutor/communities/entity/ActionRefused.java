package org.tradeexecutor.communities.entity;

import org.tradeexecutor.platform.entity.AccessDeniedException;

/** A member tried what their role or status forbids; REST answers 403 {@code {error: refusal code, message}}, pages show the message. */
public class ActionRefused extends AccessDeniedException {

    private final MemberRefusal refusal;

    public ActionRefused(MemberRefusal refusal, String detail) {
        super(refusal.code(), detail == null || detail.isBlank() ? refusal.message() : refusal.message() + " (" + detail + ")");
        this.refusal = refusal;
    }

    public MemberRefusal refusal() {
        return refusal;
    }
}
