package org.tradeexecutor.communities.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.communities.control.CommunityOverviews;
import org.tradeexecutor.communities.entity.CommunityOverview;

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
}
