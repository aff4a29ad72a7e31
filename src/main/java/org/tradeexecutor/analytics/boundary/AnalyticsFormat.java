package org.tradeexecutor.analytics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the analytics pages write their figures; "—" where a figure is not defined (no loss for a profit factor, …). */
@Named
@ApplicationScoped
public class AnalyticsFormat {

    /** A fraction (0–1) as a percentage. */
    public String percent(BigDecimal fraction) {
        return fraction == null ? "—" : fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    public String ratio(BigDecimal value) {
        return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A length of time in its largest two units. */
    public String duration(Long seconds) {
        if (seconds == null) {
            return "—";
        }
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        return hours > 0 ? hours + " h " + minutes + " min" : minutes > 0 ? minutes + " min" : seconds + " s";
    }
}
