package org.tradeexecutor.access.control;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tradeexecutor.access.entity.RouteDecision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class DashboardRouterTest {

    private static final boolean HOST = true;
    private static final boolean TRADER = false;
    private static final boolean ROLLED_OUT = true;
    private static final boolean NOT_ROLLED_OUT = false;

    @Nested
    class TheBareDashboard {

        @Test
        void sendsHostsToTheCommunityDashboardKeepingTheQuery() {
            assertEquals(new RouteDecision.Redirect("/dashboard/community?tab=members&x=1"),
                    DashboardRouter.decide("/dashboard", "tab=members&x=1", HOST, ROLLED_OUT));
        }

        @Test
        void sendsEveryoneElseToTheTraderDashboard() {
            assertEquals(new RouteDecision.Redirect("/dashboard/trader"), DashboardRouter.decide("/dashboard", null, TRADER, ROLLED_OUT));
            assertEquals(new RouteDecision.Redirect("/dashboard/trader"), DashboardRouter.decide("/dashboard/", "", TRADER, ROLLED_OUT));
        }

        @Test
        void sendsSomeoneOfNoCommunityToTheOnboardingPage() {
            assertEquals(new RouteDecision.Redirect("/dashboard/trader/join"), DashboardRouter.decide("/dashboard", null, TRADER, ROLLED_OUT, false));
            assertEquals(new RouteDecision.Allow(false), DashboardRouter.decide("/dashboard/trader/join", null, TRADER, ROLLED_OUT, false));
            assertEquals(new RouteDecision.Redirect("/dashboard/legacy"), DashboardRouter.decide("/dashboard", null, TRADER, NOT_ROLLED_OUT, false));
        }
    }

    @Nested
    class TheCommunityDashboard {

        @Test
        void isOpenToHosts() {
            assertEquals(new RouteDecision.Allow(false), DashboardRouter.decide("/dashboard/community", null, HOST, ROLLED_OUT));
            assertEquals(new RouteDecision.Allow(false), DashboardRouter.decide("/dashboard/community/members", "p=2", HOST, ROLLED_OUT));
        }

        @Test
        void isForbiddenToTradersAndViewersOnEverySubPage() {
            assertInstanceOf(RouteDecision.Forbidden.class, DashboardRouter.decide("/dashboard/community", null, TRADER, ROLLED_OUT));
            RouteDecision decision = DashboardRouter.decide("/dashboard/community/providers", null, TRADER, ROLLED_OUT);
            assertEquals(new RouteDecision.Forbidden(DashboardRouter.HOST_REQUIRED), decision);
        }

        @Test
        void aLookAlikePrefixIsNotTheCommunityDashboard() {
            assertEquals(new RouteDecision.Redirect("/dashboard/trader"), DashboardRouter.decide("/dashboard/communityx", null, TRADER, ROLLED_OUT));
        }
    }

    @Nested
    class TheTraderDashboard {

        @Test
        void isOpenToTraders() {
            assertEquals(new RouteDecision.Allow(false), DashboardRouter.decide("/dashboard/trader", null, TRADER, ROLLED_OUT));
        }

        @Test
        void showsHostsThatTheyViewAsATrader() {
            assertEquals(new RouteDecision.Allow(true), DashboardRouter.decide("/dashboard/trader/history", null, HOST, ROLLED_OUT));
        }
    }

    @Nested
    class OutsideTheRollout {

        @Test
        void everyDashboardLeadsToTheLegacyPageWithTheQuery() {
            assertEquals(new RouteDecision.Redirect("/dashboard/legacy?x=1"), DashboardRouter.decide("/dashboard", "x=1", HOST, NOT_ROLLED_OUT));
            assertEquals(new RouteDecision.Redirect("/dashboard/legacy"), DashboardRouter.decide("/dashboard/community", null, HOST, NOT_ROLLED_OUT));
            assertEquals(new RouteDecision.Redirect("/dashboard/legacy"), DashboardRouter.decide("/dashboard/trader", null, TRADER, NOT_ROLLED_OUT));
        }

        @Test
        void theLegacyPageItselfIsServed() {
            assertEquals(new RouteDecision.Allow(false), DashboardRouter.decide("/dashboard/legacy", null, TRADER, NOT_ROLLED_OUT));
            assertEquals(new RouteDecision.Allow(false), DashboardRouter.decide("/dashboard/legacy", null, HOST, ROLLED_OUT));
        }
    }

    @Test
    void aProvidersRecordIsOpenToEveryMemberButItsBareFolderIsNotAPage() {
        assertEquals(new RouteDecision.Allow(false), DashboardRouter.decide("/dashboard/providers/p1", null, TRADER, ROLLED_OUT));
        assertEquals(new RouteDecision.Allow(false), DashboardRouter.decide("/dashboard/providers/p1", null, HOST, ROLLED_OUT));
        assertEquals(new RouteDecision.Redirect("/dashboard/trader"), DashboardRouter.decide("/dashboard/providers", null, TRADER, ROLLED_OUT));
        assertEquals(new RouteDecision.Redirect("/dashboard/legacy"), DashboardRouter.decide("/dashboard/providers/p1", null, TRADER, NOT_ROLLED_OUT));
    }

    @Test
    void unknownDashboardPagesLeadToTheUsersOwnDashboard() {
        assertEquals(new RouteDecision.Redirect("/dashboard/community?a=b"), DashboardRouter.decide("/dashboard/nowhere", "a=b", HOST, ROLLED_OUT));
    }
}
