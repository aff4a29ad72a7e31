package org.tradeexecutor.rollout.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.tradeexecutor.rollout.entity.FlagOverride;
import org.tradeexecutor.rollout.entity.FlagState;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The dual-dashboard rollout (PRODUCT F1–F4). Configuration (ENABLE_DUAL_DASHBOARDS, on only when exactly "true";
 * DUAL_DASHBOARD_ROLLOUT_PERCENTAGE) sets the default; a platform admin's override in the database wins while present.
 */
@ApplicationScoped
public class DualDashboardFlag {

    public static final String FLAG_ID = "dual-dashboard";

    @Inject
    Config config;

    @Inject
    FlagOverrideRepository overrides;

    @Inject
    Clock clock;

    private final Instant startedAt = Instant.now();

    public FlagState state() {
        return overrides.findById(FLAG_ID)
                .map(o -> new FlagState(o.isEnabled(), o.getRolloutPercentage(), "override", o.getUpdatedAt()))
                .orElseGet(this::configured);
    }

    public FlagState configured() {
        boolean enabled = "true".equals(config.getOptionalValue("ENABLE_DUAL_DASHBOARDS", String.class).orElse(null));
        // MP Config treats an empty value as absent, which is what "empty = 100" needs.
        int percentage = RolloutPercentage.parse(config.getOptionalValue("DUAL_DASHBOARD_ROLLOUT_PERCENTAGE", String.class).orElse(null));
        Instant updated = config.getOptionalValue("FEATURE_FLAGS_UPDATED_AT", String.class).map(Instant::parse).orElse(startedAt);
        return new FlagState(enabled, percentage, "config", updated);
    }

    public boolean enabledFor(String userId) {
        return enabledFor(userId, state());
    }

    public static boolean enabledFor(String userId, FlagState state) {
        return state.enabled() && RolloutBucket.enabled(userId, state.rolloutPercentage());
    }

    /** Sets the override; returns the setting it replaced. */
    public FlagState override(boolean enabled, int percentage, String byUserId) {
        FlagState before = state();
        overrides.save(new FlagOverride(FLAG_ID, enabled, percentage, clock.instant(), byUserId));
        return before;
    }

    /** Removes the override so configuration applies again; returns the setting it replaced, if any. */
    public Optional<FlagState> clearOverride() {
        Optional<FlagState> before = overrides.findById(FLAG_ID).map(o -> state());
        overrides.deleteById(FLAG_ID);
        return before;
    }
}
