package org.tradeexecutor.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.control.TimeZones;
import org.tradeexecutor.platform.entity.InvalidRequest;

import java.io.IOException;
import java.util.List;

import static org.tradeexecutor.platform.boundary.PageMessages.error;
import static org.tradeexecutor.platform.boundary.PageMessages.info;

/** The time zone setting on the trader overview: the zone the dashboards count days, weeks and months in. */
@Named
@RequestScoped
public class TimeZoneView {

    @Inject
    CurrentUser currentUser;

    @Inject
    TimeZones timeZones;

    private String zone;

    public String getZone() {
        return zone == null ? currentUser.require().user().zone().getId() : zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public List<String> getChoices() {
        return TimeZones.CHOICES;
    }

    /** Saves the zone and loads the page again, its figures counted in the new zone. */
    public void save() throws IOException {
        try {
            timeZones.change(currentUser.require().id(), zone);
        } catch (InvalidRequest refused) {
            error(refused.getMessage());
            return;
        }
        ExternalContext page = FacesContext.getCurrentInstance().getExternalContext();
        info("Your days now run in " + zone + ".");
        page.getFlash().setKeepMessages(true);
        page.redirect(page.getRequestContextPath() + "/dashboard/trader");
    }
}
