package org.tradeexecutor.rollout.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.time.Instant;

/**
 * A platform admin's runtime setting of a flag; while present it wins over configuration, so the rollout can move
 * (10 % → 50 % → 100 %) or be rolled back without a restart.
 */
@Entity("feature_flags")
public class FlagOverride {

    @Id
    private String id;
    @Column
    private boolean enabled;
    @Column
    private int rolloutPercentage;
    @Column
    @Convert(InstantAsDate.class)
    private Instant updatedAt;
    @Column
    private String updatedBy;

    public FlagOverride() {
    }

    public FlagOverride(String id, boolean enabled, int rolloutPercentage, Instant updatedAt, String updatedBy) {
        this.id = id;
        this.enabled = enabled;
        this.rolloutPercentage = rolloutPercentage;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public String getId() { return id; }
    public boolean isEnabled() { return enabled; }
    public int getRolloutPercentage() { return rolloutPercentage; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
