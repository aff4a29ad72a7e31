package org.tradeexecutor.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tradeexecutor.access.control.ApiTokens;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.ApiTokenView;
import org.tradeexecutor.access.entity.IssuedApiToken;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.platform.boundary.PageMessages;

import java.util.List;

/** Backing bean of dashboard/trader/tokens.xhtml: the signed-in user's personal API tokens (PRODUCT A1). */
@Named
@RequestScoped
public class ApiTokensView {

    /** The current request (CDI provides it), for the audit trail's origin. */
    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApiTokens tokens;

    private String name;
    private String scope = "trade";
    private Integer expiresInDays;
    private IssuedApiToken issued;
    private List<ApiTokenView> own;

    public List<ApiTokenView> getTokens() {
        if (own == null) {
            own = tokens.of(currentUser.require().id());
        }
        return own;
    }

    /** Makes a token; its secret is on this one response only. */
    public void issue() {
        ApiTokens.Issue outcome = tokens.issue(currentUser.require().actor(), name, scope, expiresInDays, RequestOrigins.of(request));
        if (outcome instanceof ApiTokens.Issue.Issued made) {
            issued = made.token();
            name = null;
            expiresInDays = null;
        } else {
            PageMessages.error(((ApiTokens.Issue.Refused) outcome).reason());
        }
        own = null;
    }

    public void revoke(String tokenId) {
        if (tokens.revoke(currentUser.require().actor(), tokenId, RequestOrigins.of(request))) {
            PageMessages.info("Token revoked: it no longer works, and its live connections were closed.");
        }
        own = null;
    }

    public IssuedApiToken getIssued() { return issued; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public Integer getExpiresInDays() { return expiresInDays; }
    public void setExpiresInDays(Integer expiresInDays) { this.expiresInDays = expiresInDays; }
}
