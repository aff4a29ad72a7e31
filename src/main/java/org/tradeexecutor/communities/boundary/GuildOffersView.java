package org.tradeexecutor.communities.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.control.DiscordAccounts;
import org.tradeexecutor.access.entity.DiscordIdentity;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.communities.control.GuildMembers;
import org.tradeexecutor.communities.control.Invites;
import org.tradeexecutor.communities.entity.GuildOffer;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.platform.boundary.PageMessages;

import java.io.IOException;
import java.util.List;

/** The onboarding page {@code /dashboard/trader/join}: the communities of the user's Discord servers, and invite codes (PRODUCT A6). */
@Named
@RequestScoped
public class GuildOffersView {

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    DiscordAccounts discordAccounts;

    @Inject
    GuildMembers guildMembers;

    private List<GuildOffer> offers;

    public List<GuildOffer> getOffers() {
        if (offers == null) {
            SignedInUser user = currentUser.require();
            offers = guildMembers.offers(user.id(), guildIds(user));
        }
        return offers;
    }

    /** Whether the user signed in with Discord, so their servers are known. */
    public boolean isDiscordLinked() {
        return currentUser.require().user().getDiscordUserId() != null;
    }

    public void join(String communityId) throws IOException {
        SignedInUser user = currentUser.require();
        Invites.Outcome<Membership> outcome = guildMembers.join(user.actor(), communityId, guildIds(user), RequestOrigins.of(request));
        if (outcome.ok()) {
            currentUser.switchCommunity(communityId);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/dashboard");
        } else {
            PageMessages.error(outcome.reason());
        }
    }

    private List<String> guildIds(SignedInUser user) {
        return discordAccounts.of(user.user()).map(DiscordIdentity::getGuildIds).orElse(List.of());
    }
}
