package org.tradeexecutor.access.entity;

/** What to do with a request for a dashboard URL (PRODUCT A3, F3). */
public sealed interface RouteDecision {

    /** A short name for metrics and logs. */
    String label();

    /** Serve the page; {@code viewingAsTrader} when a host opens the trader dashboard. */
    record Allow(boolean viewingAsTrader) implements RouteDecision {
        public String label() { return "allow"; }
    }

    /** Send the browser elsewhere (the query string is kept). */
    record Redirect(String location) implements RouteDecision {
        public String label() { return "redirect"; }
    }

    /** The page needs a host role the user does not have. */
    record Forbidden(String reason) implements RouteDecision {
        public String label() { return "forbidden"; }
    }
}
