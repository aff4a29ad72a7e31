package org.tradeexecutor.access.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReturnToPolicyTest {

    @Test
    void aPageTheUserMayOpenIsHonouredWithItsQuery() {
        assertEquals("/dashboard/community/members?page=2", ReturnToPolicy.target("/dashboard/community/members?page=2", true, true));
        assertEquals("/dashboard/trader", ReturnToPolicy.target("/dashboard/trader", false, true));
    }

    @Test
    void aHostPageIsNotHonouredForATrader() {
        assertEquals("/dashboard", ReturnToPolicy.target("/dashboard/community", false, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/dashboard", "//evil.example/dashboard", "/\\evil.example", "dashboard",
            "/dashboard/../api/admin", "/api/admin/feature-flags", "/login", "/dashboard\r\nSet-Cookie: x=1", ""})
    void anythingElseFallsBackToTheDashboard(String returnTo) {
        assertEquals("/dashboard", ReturnToPolicy.target(returnTo, true, true));
    }

    @Test
    void noReturnToMeansTheDashboard() {
        assertEquals("/dashboard", ReturnToPolicy.target(null, false, true));
    }
}
