package org.tradeexecutor.access.control;

import org.tradeexecutor.access.entity.RouteDecision;

/**
 * Decides where a signed-in user may go among the dashboards; pure, so every rule is unit-tested.
 * <ul>
 *   <li>Outside the rollout (or with the flag off) every dashboard URL leads to {@code /dashboard/legacy}.</li>
 *   <li>{@code /dashboard} sends hosts to {@code /dashboard/community}, everyone else to {@code /dashboard/trader};
 *   a user of no community to the onboarding page {@code /dashboard/trader/join}.</li>
 *   <li>{@code /dashboard/community...} needs a host role in the active community, otherwise 403.</li>
 *   <li>Hosts may open {@code /dashboard/trader...} and are told they are viewing as a trader.</li>
 *   <li>{@code /dashboard/providers/...} (a provider's record) is open to every member; the page checks the community.</li>
 * </ul>
 * The query string always travels with a redirect.
 */
public final class DashboardRouter {

    public static final String BASE = "/dashboard";
    public static final String COMMUNITY = "/dashboard/community";
    public static final String TRADER = "/dashboard/trader";
    public static final String LEGACY = "/dashboard/legacy";
    public static final String PROVIDERS = "/dashboard/providers";
    public static final String ONBOARDING = "/dashboard/trader/join";

    static final String HOST_REQUIRED = "A host role (owner, admin or moderator) in the active community is needed to open this page.";

    private DashboardRouter() {
    }

    /**
     * @param path          the path inside the application, e.g. {@code /dashboard/community/members}
     * @param query         the raw query string without '?', or null
     * @param host          whether the user is a host of the active community
     * @param dualDashboard whether the rollout gives this user the new dashboards
     */
    public static RouteDecision decide(String path, String query, boolean host, boolean dualDashboard) {
        return decide(path, query, host, dualDashboard, true);
    }

    /** @param member whether the user belongs to any community (one who does not is shown how to join one) */
    public static RouteDecision decide(String path, String query, boolean host, boolean dualDashboard, boolean member) {
        String suffix = query == null || query.isEmpty() ? "" : "?" + query;
        if (under(path, LEGACY)) {
            return new RouteDecision.Allow(false);
        }
        if (!dualDashboard) {
            return new RouteDecision.Redirect(LEGACY + suffix);
        }
        if (path.equals(BASE) || path.equals(BASE + "/")) {
            return new RouteDecision.Redirect((host ? COMMUNITY : member ? TRADER : ONBOARDING) + suffix);
        }
        if (under(path, COMMUNITY)) {
            return host ? new RouteDecision.Allow(false) : new RouteDecision.Forbidden(HOST_REQUIRED);
        }
        if (under(path, TRADER)) {
            return new RouteDecision.Allow(host);
        }
        if (path.startsWith(PROVIDERS + "/")) {
            return new RouteDecision.Allow(false);
        }
        // An unknown page below /dashboard: the user's own dashboard is the helpful answer.
        return new RouteDecision.Redirect((host ? COMMUNITY : TRADER) + suffix);
    }

    /** Whether the path is {@code prefix} itself or lies below it ("/dashboard/communityX" does not). */
    static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
