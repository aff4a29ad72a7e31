package org.tradeexecutor.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.audit.control.SecurityAuditLog;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.audit.entity.AuditOutcome;
import org.tradeexecutor.communities.entity.MembershipView;

import java.io.IOException;
import java.util.List;

/** Backing bean of the shared layout: who is signed in, the active community switcher, sign-out. */
@Named
@RequestScoped
public class SessionView {

    @Inject
    SignedInSessions sessions;

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityAuditLog audit;

    @Inject
    FacesContext faces;

    private String selectedCommunityId;

    public SignedInUser getUser() {
        return currentUser.require();
    }

    public List<MembershipView> getMemberships() {
        return getUser().memberships();
    }

    public MembershipView getActive() {
        return getUser().active().orElse(null);
    }

    public boolean isViewingAsTrader() {
        return Boolean.TRUE.equals(((HttpServletRequest) faces.getExternalContext().getRequest())
                .getAttribute(DashboardAccessFilter.VIEWING_AS_TRADER));
    }

    public String getSelectedCommunityId() {
        return selectedCommunityId != null ? selectedCommunityId : getUser().activeCommunityId().orElse(null);
    }

    public void setSelectedCommunityId(String selectedCommunityId) {
        this.selectedCommunityId = selectedCommunityId;
    }

    /** Switches the active community and lands on the dashboard that fits the role there. */
    public void switchCommunity() throws IOException {
        if (selectedCommunityId != null) {
            currentUser.switchCommunity(selectedCommunityId);
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/dashboard");
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SignedInUser user = currentUser.require();
        audit.record(new AuditEvent("auth.logout", AuditOutcome.SUCCESS, user.actor(),
                user.activeCommunityId().orElse(null), RequestOrigins.of(request), "/logout", null));
        sessions.signedOut(request, (HttpServletResponse) external.getResponse());
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login?signedOut=true");
    }
}
