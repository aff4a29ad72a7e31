package org.tradeexecutor.analytics.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.analytics.control.CommunityOverviews;
import org.tradeexecutor.analytics.entity.CommunityOverview;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Backing bean of dashboard/community.xhtml (hosts only: the dashboard filter has checked the role). */
@Named
@RequestScoped
public class CommunityOverviewView {

    @Inject
    CurrentUser currentUser;

    @Inject
    CommunityOverviews overviews;

    private CommunityOverview overview;

    public CommunityOverview getOverview() {
        if (overview == null) {
            overview = currentUser.requireHost().activeCommunityId().flatMap(overviews::of).orElse(null);
        }
        return overview;
    }

    /** An input's points out of its weight, e.g. "32 / 40". */
    public String points(CommunityOverview.HealthInput input) {
        return input.score().multiply(BigDecimal.valueOf(input.weight())).setScale(0, RoundingMode.HALF_UP) + " / " + input.weight();
    }
}
