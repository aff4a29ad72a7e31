package org.tradeexecutor.rollout.control;

/**
 * The consistent hash of the gradual rollout (PRODUCT F2): {@code abs((long) id.hashCode()) % 100}. Widening to
 * long before abs keeps Integer.MIN_VALUE positive. A user in at 10 % stays in at 50 %.
 */
public final class RolloutBucket {

    private RolloutBucket() {
    }

    public static int of(String userId) {
        return (int) (Math.abs((long) userId.hashCode()) % 100);
    }

    public static boolean enabled(String userId, int percentage) {
        return of(userId) < percentage;
    }
}
