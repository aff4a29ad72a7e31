package org.tradeexecutor.communities.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.communities.control.Invites;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.platform.boundary.PageMessages;

import java.io.IOException;

/** "Join with an invite code" on the trader dashboard (PRODUCT A6). */
@Named
@RequestScoped
public class JoinCommunityView {

    /** The current request (CDI provides it), for the audit trail's origin. */
    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    Invites invites;

    private String inviteCode;

    /** Joined: the dashboard again, now with the community; refused: the reason, nothing changed. */
    public void join() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Invites.Outcome<Membership> outcome = invites.join(currentUser.require().actor(), inviteCode,
                RequestOrigins.of(request));
        if (outcome.ok()) {
            external.redirect(external.getRequestContextPath() + "/dashboard");
        } else {
            PageMessages.error(outcome.reason());
        }
    }

    public String getInviteCode() { return inviteCode; }
    public void setInviteCode(String inviteCode) { this.inviteCode = inviteCode; }
}
