package org.tradeexecutor.communities.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.communities.control.MemberDirectory;
import org.tradeexecutor.communities.control.MemberRoles;
import org.tradeexecutor.communities.control.MemberStanding;
import org.tradeexecutor.communities.entity.CommunityRole;
import org.tradeexecutor.communities.entity.MemberQuery;
import org.tradeexecutor.communities.entity.MemberRow;
import org.tradeexecutor.communities.entity.MembershipStatus;
import org.tradeexecutor.platform.entity.AccessDeniedException;
import org.tradeexecutor.platform.boundary.AppliedFilter;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.tradeexecutor.platform.boundary.PageMessages.error;
import static org.tradeexecutor.platform.boundary.PageMessages.info;

/**
 * Backing bean of dashboard/community/members.xhtml (PRODUCT C1–C3): the community's members, a page at a time from
 * the same directory as {@code GET /api/community/members}, with the role change, suspend, restore and remove the API
 * offers, decided by the same rules (a refusal is shown in its words; nothing changes).
 */
@Named
@ViewScoped
public class CommunityMembersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The roles a host may give here; ownership is handed over, not given. */
    private static final List<CommunityRole> GIVABLE = List.of(CommunityRole.ADMIN, CommunityRole.MODERATOR, CommunityRole.TRADER, CommunityRole.VIEWER);

    @Inject
    CurrentUser currentUser;

    @Inject
    MemberDirectory directory;

    @Inject
    MemberRoles roles;

    @Inject
    MemberStanding standing;

    private String search;
    private String role;
    private String status;
    /** The filter in force, as the API's parameters. */
    private final AppliedFilter filter = new AppliedFilter();
    private String sort = "username,asc";

    /** The member a dialog is open for. */
    private String selectedUserId;
    private String selectedUsername;
    private CommunityRole newRole;
    private String reason;
    private transient LazyDataModel<MemberRow> members;

    public LazyDataModel<MemberRow> getMembers() {
        if (members == null) {
            members = new Rows();
        }
        return members;
    }

    public void apply() {
        filter.apply(AppliedFilter.parameters("search", search, "role", role, "status", status), wanted -> query(wanted, 0, 1));
    }

    public void clear() {
        search = null;
        role = null;
        status = null;
        filter.clear();
    }

    public void select(MemberRow member) {
        selectedUserId = member.userId();
        selectedUsername = member.username();
        newRole = member.role();
        reason = null;
    }

    public void saveRole() {
        act(() -> roles.change(communityId(), host(), selectedUserId, newRole).map(m -> selectedUsername + " is now " + m.getRole().label().toLowerCase() + "."));
    }

    public void suspend() {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MembersResource.MAX_REASON) {
            error("Say why in 1 to " + MembersResource.MAX_REASON + " characters: the member is told.");
            return;
        }
        act(() -> standing.suspend(communityId(), host(), selectedUserId, why).map(m -> selectedUsername + " is suspended. Their open positions stay theirs."));
    }

    public void restore(MemberRow member) {
        select(member);
        act(() -> standing.restore(communityId(), host(), member.userId()).map(m -> member.username() + " is active again."));
    }

    public void remove() {
        act(() -> standing.remove(communityId(), host(), selectedUserId)
                ? Optional.of(selectedUsername + " is no longer a member. Their trades and the audit log stay.") : Optional.empty());
    }

    /** Whether the signed-in host may change that member's role or standing at all (the rule decides the details). */
    public boolean actsOn(MemberRow member) {
        return !member.userId().equals(currentUser.require().id()) && member.role() != CommunityRole.OWNER;
    }

    public List<CommunityRole> getGivableRoles() {
        return GIVABLE;
    }

    public List<CommunityRole> getRoleChoices() {
        return List.of(CommunityRole.values());
    }

    public List<MembershipStatus> getStatusChoices() {
        return List.of(MembershipStatus.values());
    }

    /** A moment in the host's time zone. */
    public String when(Instant instant) {
        return instant == null ? "—" : WHEN.format(instant.atZone(currentUser.require().user().zone()));
    }

    /** The host's day of a moment. */
    public String day(Instant instant) {
        return instant == null ? "—" : instant.atZone(currentUser.require().user().zone()).toLocalDate().toString();
    }

    private void act(Supplier<Optional<String>> change) {
        try {
            change.get().ifPresentOrElse(done -> info(done), () -> error("That member is no longer in the community."));
        } catch (AccessDeniedException refused) {
            error(refused.getMessage());
        }
    }

    private String communityId() {
        return currentUser.requireHost().activeCommunityId().orElseThrow();
    }

    private MemberRoles.Host host() {
        SignedInUser user = currentUser.requireHost();
        return MembersResource.host(user, (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    private MemberQuery query(Map<String, String> p, int page, int size) {
        return MembersResource.query(p.get("search"), p.get("role"), p.get("status"), sort, String.valueOf(page), String.valueOf(size));
    }

    /** The table's rows, a page at a time, sorted on the column clicked. */
    private class Rows extends LazyDataModel<MemberRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.list(communityId(), query(filter.get(), 0, 1)).total();
        }

        @Override
        public List<MemberRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED && MemberQuery.Sort.of(s.getField()).isPresent())
                    .findFirst().map(s -> s.getField() + (s.getOrder() == SortOrder.ASCENDING ? ",asc" : ",desc")).orElse("username,asc");
            int size = Math.max(1, Math.min(pageSize, MembersResource.MAX_PAGE_SIZE));
            return directory.list(communityId(), query(filter.get(), first / size, size)).members();
        }

        @Override
        public String getRowKey(MemberRow member) {
            return member.userId();
        }
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getSelectedUsername() { return selectedUsername; }
    public CommunityRole getNewRole() { return newRole; }
    public void setNewRole(CommunityRole newRole) { this.newRole = newRole; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
