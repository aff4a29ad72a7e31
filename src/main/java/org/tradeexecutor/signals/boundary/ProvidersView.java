package org.tradeexecutor.signals.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.audit.entity.AuditEvent;
import org.tradeexecutor.signals.control.ManualSignals;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.entity.IntakeOutcome;
import org.tradeexecutor.signals.entity.Provider;
import org.tradeexecutor.signals.entity.ProviderCreated;
import org.tradeexecutor.signals.entity.ProviderLimitReached;
import org.tradeexecutor.signals.entity.ProviderRefused;
import org.tradeexecutor.signals.entity.ProviderType;
import org.tradeexecutor.signals.entity.ProviderView;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import static org.tradeexecutor.platform.boundary.PageMessages.error;
import static org.tradeexecutor.platform.boundary.PageMessages.info;

/** Backing bean of dashboard/community/providers.xhtml: manage providers, post a signal by hand (PRODUCT S1, S7). */
@Named
@ViewScoped
public class ProvidersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Providers providers;

    @Inject
    ManualSignals manualSignals;

    private String newName;
    private ProviderType newType = ProviderType.WEBHOOK;
    private String newChannelId;
    /** Shown once after creating or rotating, then forgotten. */
    private String revealedSecret;
    private String revealedFor;
    private String revealedWhat;
    private String editProviderId;
    private String editName;
    private String editChannelId;
    private String manualProviderId;
    private String manualText;

    public List<ProviderView> getProviders() {
        return providers.of(communityId()).stream().map(p -> ProviderView.of(p, PublicAddress.of(request()))).toList();
    }

    public ProviderType[] getTypes() {
        return ProviderType.values();
    }

    public void create() {
        forgetSecret();
        SignedInUser host = currentUser.requireHost();
        if (newName == null || newName.isBlank() || newName.length() > 80) {
            error("A name of 1 to 80 characters is required.");
            return;
        }
        if (newType == ProviderType.DISCORD_CHANNEL && (newChannelId == null || !newChannelId.trim().matches("\\d{5,25}"))) {
            error("A Discord provider needs the channel's numeric id (right-click the channel → Copy Channel ID).");
            return;
        }
        try {
            ProviderCreated created = providers.create(communityId(), newName.trim(), newType,
                    newChannelId == null || newChannelId.isBlank() ? null : newChannelId.trim(), null, host.actor(), origin(), null);
            reveal(created);
            info("Provider " + created.provider().getName() + " created.");
            newName = null;
            newChannelId = null;
        } catch (ProviderLimitReached | ProviderRefused e) {
            error(e.getMessage());
        }
    }

    public void toggle(String providerId) {
        forgetSecret();
        SignedInUser host = currentUser.requireHost();
        own(providerId).ifPresent(p -> {
            Provider saved = providers.change(p, null, !p.isEnabled(), null, null, host.actor(), origin());
            info(saved.getName() + (saved.isEnabled() ? " enabled." : " disabled."));
        });
    }

    public void rotate(String providerId) {
        forgetSecret();
        SignedInUser host = currentUser.requireHost();
        own(providerId).filter(p -> p.getType() == ProviderType.WEBHOOK).ifPresent(p -> {
            ProviderCreated rotated = providers.rotateSecret(p, host.actor(), origin());
            reveal(rotated);
            info("New secret for " + p.getName() + "; the old one no longer works.");
        });
    }

    /** Opt-in for senders that cannot sign: a secret URL, shown once; an earlier one stops working. */
    public void rotateUrlToken(String providerId) {
        forgetSecret();
        SignedInUser host = currentUser.requireHost();
        own(providerId).filter(p -> p.getType() == ProviderType.WEBHOOK).ifPresent(p -> {
            String token = providers.rotateUrlToken(p, host.actor(), origin());
            revealedWhat = "Secret URL";
            revealedSecret = ProviderView.webhookUrl(PublicAddress.of(request()), p.getId()) + "/t/" + token;
            revealedFor = p.getName();
            info("Unsigned signals for " + p.getName() + " are now taken at its secret URL; an earlier one no longer works.");
        });
    }

    public void disableUrlToken(String providerId) {
        forgetSecret();
        SignedInUser host = currentUser.requireHost();
        own(providerId).filter(p -> p.getType() == ProviderType.WEBHOOK).ifPresent(p -> {
            providers.disableUrlToken(p, host.actor(), origin());
            info(p.getName() + " takes signed deliveries only.");
        });
    }

    /** Renames a provider and (for Discord providers) binds it to another channel; empty fields stay as they are. */
    public void edit() {
        forgetSecret();
        SignedInUser host = currentUser.requireHost();
        var provider = own(editProviderId);
        if (provider.isEmpty()) {
            error("Choose the provider to change.");
            return;
        }
        if (editName != null && editName.length() > 80) {
            error("A name has at most 80 characters.");
            return;
        }
        if (editChannelId != null && !editChannelId.isBlank() && !editChannelId.trim().matches("\\d{5,25}")) {
            error("A Discord channel id is a number (right-click the channel → Copy Channel ID).");
            return;
        }
        Provider p;
        try {
            p = providers.change(provider.get(), editName == null || editName.isBlank() ? null : editName.trim(), null,
                    editChannelId == null || editChannelId.isBlank() ? null : editChannelId.trim(), null, host.actor(), origin());
        } catch (ProviderRefused e) {
            error(e.getMessage());
            return;
        }
        info(p.getName() + " saved.");
        editName = null;
        editChannelId = null;
    }

    /** S7: a host posts a signal by hand; it takes the same way as every other signal. */
    public void postManual() {
        forgetSecret();
        SignedInUser host = currentUser.requireHost();
        var provider = own(manualProviderId);
        if (provider.isEmpty() || manualText == null || manualText.isBlank()) {
            error("Choose a provider and write the signal.");
            return;
        }
        IntakeOutcome outcome = manualSignals.post(provider.get(), manualText, host.actor(), origin());
        if (outcome instanceof IntakeOutcome.Stored stored) {
            info("Signal stored as " + stored.parsed().status() + (stored.parsed().symbol() == null ? "." : " (" + stored.parsed().symbol() + ")."));
            manualText = null;
        } else {
            error("Not accepted: " + String.join(" ", ((IntakeOutcome.Refused) outcome).parsed().reasons()));
        }
    }

    private Optional<Provider> own(String providerId) {
        return providerId == null ? Optional.empty() : providers.find(communityId(), providerId);
    }

    /** A revealed secret is shown with the answer to the action that made it, and gone after the next one. */
    private void forgetSecret() {
        revealedSecret = null;
        revealedFor = null;
        revealedWhat = null;
    }

    private void reveal(ProviderCreated created) {
        revealedSecret = created.webhookSecret();
        revealedFor = created.provider().getName();
        revealedWhat = "Webhook secret";
    }

    private String communityId() {
        return currentUser.requireHost().activeCommunityId().orElseThrow();
    }

    private AuditEvent.Origin origin() {
        return RequestOrigins.of(request());
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public ProviderType getNewType() { return newType; }
    public void setNewType(ProviderType newType) { this.newType = newType; }
    public String getNewChannelId() { return newChannelId; }
    public void setNewChannelId(String newChannelId) { this.newChannelId = newChannelId; }
    public String getRevealedSecret() { return revealedSecret; }
    public String getRevealedFor() { return revealedFor; }
    public String getRevealedWhat() { return revealedWhat; }
    public String getEditProviderId() { return editProviderId; }
    public void setEditProviderId(String editProviderId) { this.editProviderId = editProviderId; }
    public String getEditName() { return editName; }
    public void setEditName(String editName) { this.editName = editName; }
    public String getEditChannelId() { return editChannelId; }
    public void setEditChannelId(String editChannelId) { this.editChannelId = editChannelId; }
    public String getManualProviderId() { return manualProviderId; }
    public void setManualProviderId(String manualProviderId) { this.manualProviderId = manualProviderId; }
    public String getManualText() { return manualText; }
    public void setManualText(String manualText) { this.manualText = manualText; }
}
