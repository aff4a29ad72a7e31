package org.tradeexecutor.realtime.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.access.control.UserDirectory;
import org.tradeexecutor.access.entity.AccountStatus;
import org.tradeexecutor.access.entity.UserStanding;
import org.tradeexecutor.communities.control.Memberships;
import org.tradeexecutor.communities.entity.MemberAction;
import org.tradeexecutor.communities.entity.Membership;
import org.tradeexecutor.communities.entity.MembershipStatus;
import org.tradeexecutor.platform.entity.DatabaseReady;
import org.tradeexecutor.realtime.entity.Listener;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Every {@code ACCESS_RECHECK_SECONDS} (5) each instance looks again at who its connections belong to: a suspended,
 * banned or removed account is disconnected, and so is a connection opened before its user's password changed; a host whose membership was suspended (or whose role changed) loses
 * the community topic. The store is asked, not an event: a change made on another instance, by an admin script or
 * straight in the database is seen all the same. Two queries a round, whatever the number of connections.
 */
@ApplicationScoped
public class AccessReview {

    private static final Logger LOG = Logger.getLogger(AccessReview.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ConnectedClients clients;

    @Inject
    UserDirectory users;

    @Inject
    Memberships memberships;

    @Inject
    @ConfigProperty(name = "ACCESS_RECHECK_SECONDS", defaultValue = "5")
    long everySeconds;

    void start(@Observes DatabaseReady ready) {
        scheduler.scheduleWithFixedDelay(this::review, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    void review() {
        try {
            Set<Listener> listeners = clients.listeners();
            if (listeners.isEmpty()) {
                return;
            }
            Map<String, UserStanding> standings = users.standings(listeners.stream().map(Listener::userId).collect(Collectors.toSet()));
            Set<String> gone = new HashSet<>();
            listeners.forEach(l -> {
                UserStanding standing = standings.get(l.userId());
                if (standing == null || standing.status() != AccountStatus.ACTIVE) {
                    gone.add(l.userId());
                }
            });
            if (!gone.isEmpty()) {
                clients.closeUsers(gone);
            }
            Map<String, Instant> passwordChanged = new HashMap<>();
            standings.values().stream().filter(s -> s.credentialsChangedAt() != null).forEach(s -> passwordChanged.put(s.id(), s.credentialsChangedAt()));
            if (!passwordChanged.isEmpty()) {
                clients.closeOpenedBefore(passwordChanged);
            }
            listeners.stream().filter(l -> l.communityId() != null && !gone.contains(l.userId()))
                    .collect(Collectors.groupingBy(Listener::communityId, Collectors.toList()))
                    .forEach(this::reviewMembers);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reviewing the access of live connections failed; the next round tries again", e);
        }
    }

    /** Members suspended or removed lose their connections for the community; hosts no longer hosting lose its topic. */
    private void reviewMembers(String communityId, List<Listener> members) {
        Map<String, Membership> now = memberships.find(communityId, members.stream().map(Listener::userId).collect(Collectors.toSet()));
        Map<String, String> ended = new HashMap<>(); // member → why their connections close
        Set<String> noLongerHosts = new HashSet<>();
        for (Listener member : members) {
            Membership membership = now.get(member.userId());
            if (membership == null || membership.getStatus() != MembershipStatus.ACTIVE) {
                ended.put(member.userId(), membership == null ? Listeners.membershipEnded(null, null)
                        : Listeners.membershipEnded(membership.getStatus(), membership.getStatusReason()));
            } else if (member.host() && membership.refusal(true, MemberAction.HOST).isPresent()) {
                noLongerHosts.add(member.userId());
            }
        }
        ended.forEach((userId, why) -> clients.closeMember(communityId, userId, why));
        if (!noLongerHosts.isEmpty()) {
            clients.revokeCommunityTopic(communityId, noLongerHosts);
        }
    }
}
