package org.tradeexecutor.analytics.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.analytics.control.TraderAnalytics;
import org.tradeexecutor.analytics.entity.TraderSummary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The trader overview's performance summary (PRODUCT P1), the same figures as {@code GET /api/trader/summary}. */
@Named
@RequestScoped
public class TraderSummaryView {

    @Inject
    CurrentUser currentUser;

    @Inject
    TraderAnalytics analytics;

    private TraderSummary summary;

    public TraderSummary getSummary() {
        if (summary == null) {
            SignedInUser user = currentUser.require();
            summary = analytics.summary(user.id(), user.user().zone());
        }
        return summary;
    }

    /** A fraction as a percentage for the page ("—" when there is none). */
    public String percent(BigDecimal fraction) {
        return fraction == null ? "—" : fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    public String ratio(BigDecimal value) {
        return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
