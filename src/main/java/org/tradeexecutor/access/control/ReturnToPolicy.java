package org.tradeexecutor.access.control;

import org.tradeexecutor.access.entity.RouteDecision;

import java.util.Optional;

/**
 * Where to go after sign-in. A {@code returnTo} is honoured only when it is a local dashboard path (no scheme, no
 * host, no "//" or backslash tricks) that the user may open; otherwise the user lands on {@code /dashboard}.
 */
public final class ReturnToPolicy {

    private ReturnToPolicy() {
    }

    public static String target(String returnTo, boolean host, boolean dualDashboard) {
        return safePath(returnTo)
                .filter(target -> {
                    int q = target.indexOf('?');
                    String path = q < 0 ? target : target.substring(0, q);
                    String query = q < 0 ? null : target.substring(q + 1);
                    return DashboardRouter.under(path, DashboardRouter.BASE)
                            && !(DashboardRouter.decide(path, query, host, dualDashboard) instanceof RouteDecision.Forbidden);
                })
                .orElse(DashboardRouter.BASE);
    }

    static Optional<String> safePath(String returnTo) {
        if (returnTo == null || returnTo.isBlank() || !returnTo.startsWith("/") || returnTo.startsWith("//")
                || returnTo.contains("\\") || returnTo.contains("..") || returnTo.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(returnTo);
    }
}
