package org.tradeexecutor.communities.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.communities.control.Invites;
import org.tradeexecutor.communities.entity.Invite;
import org.tradeexecutor.platform.boundary.PageMessages;

import java.util.List;

/** The invite panel of dashboard/community.xhtml: make a code, see the open ones, revoke one (hosts only). */
@Named
@RequestScoped
public class CommunityInvitesView {

    /** The current request (CDI provides it), for the audit trail's origin. */
    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    Invites invites;

    private String role = "TRADER";
    private Integer maxUses = 25;
    private Integer days = 7;
    private List<Invite> open;

    public List<Invite> getOpen() {
        if (open == null) {
            open = invites.open(communityId(currentUser.requireHost()));
        }
        return open;
    }

    public void create() {
        SignedInUser host = currentUser.requireHost();
        Invites.Outcome<Invite> made = invites.create(host.actor(), communityId(host), role, maxUses, days, RequestOrigins.of(request));
        if (made.ok()) {
            PageMessages.info("Invite code " + made.value().code() + " made: share it with the people you want in.");
        } else {
            PageMessages.error(made.reason());
        }
        open = null;
    }

    public void revoke(String code) {
        SignedInUser host = currentUser.requireHost();
        if (invites.revoke(host.actor(), communityId(host), code, RequestOrigins.of(request))) {
            PageMessages.info("Invite code " + code + " revoked.");
        }
        open = null;
    }

    private static String communityId(SignedInUser host) {
        return host.activeCommunityId().orElseThrow();
    }

    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public Integer getMaxUses() { return maxUses; }
    public void setMaxUses(Integer maxUses) { this.maxUses = maxUses; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
}
