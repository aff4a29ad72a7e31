package org.tradeexecutor.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.control.ReturnToPolicy;
import org.tradeexecutor.access.entity.LoginResult;
import org.tradeexecutor.access.entity.SignedInUser;

import java.io.IOException;

/** Backing bean of login.xhtml. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUser currentUser;

    @Inject
    SignedInSessions sessions;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String returnTo;

    /** A signed-in user who opens the sign-in page goes to the dashboard instead. */
    public void redirectIfSignedIn() throws IOException {
        if (currentUser.get().isPresent()) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/dashboard");
        }
    }

    public String signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username, new Password(password == null ? "" : password)))
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            Object result = request.getAttribute(SessionOrBasicAuthenticationMechanism.LOGIN_RESULT);
            String message = result instanceof LoginResult outcome ? outcome.message() : new LoginResult.InvalidCredentials().message();
            response.setStatus(HttpServletResponse.SC_OK);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            password = null;
            return null;
        }
        // A new session id on sign-in defeats session fixation.
        request.changeSessionId();
        SignedInUser user = currentUser.require();
        sessions.signedIn(request, response, user.id());
        external.redirect(external.getRequestContextPath() + ReturnToPolicy.target(returnTo, user.host(), user.dualDashboard()));
        faces.responseComplete();
        return null;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getReturnTo() { return returnTo; }
    public void setReturnTo(String returnTo) { this.returnTo = returnTo; }
}
