package org.tradeexecutor.access.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failed sign-ins lock a name out for a while; spraying many other names cannot lift a lockout that is being hammered. */
class LoginThrottleTest {

    private static LoginThrottle throttle() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.maxFailures = 5;
        throttle.windowMinutes = 15;
        throttle.configure();
        return throttle;
    }

    @Test
    void fiveFailuresLockTheNameFromThatAddress() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.blockedFor("victim", "10.0.0.1").isEmpty());
            throttle.recordFailure("victim", "10.0.0.1");
        }
        assertTrue(throttle.blockedFor("Victim ", "10.0.0.1").isPresent(), "case and spaces do not make another name");
        assertTrue(throttle.blockedFor("victim", "10.0.0.2").isEmpty(), "the name alone allows four times as many");
    }

    @Test
    void sprayingMoreNamesThanAreTrackedDoesNotLiftALockoutThatIsBeingTried() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("victim", "10.0.0.1");
        }
        for (int i = 0; i < LoginThrottle.MAX_TRACKED_KEYS; i++) {
            throttle.recordFailure("sprayed-" + i, "10.6.6.6");
            if (i % 5_000 == 0) {
                assertTrue(throttle.blockedFor("victim", "10.0.0.1").isPresent(), "still locked after " + i + " sprayed names");
            }
        }
        assertTrue(throttle.blockedFor("victim", "10.0.0.1").isPresent());
    }
}
