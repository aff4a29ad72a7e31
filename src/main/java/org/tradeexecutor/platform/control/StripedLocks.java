package org.tradeexecutor.platform.control;

import java.util.Collection;
import java.util.Objects;

/**
 * A fixed set of monitors picked by a key's hash: work on one key (an execution, a position) is serialised within
 * this instance without a lock object per key. Never take a second stripe while holding one — except through
 * {@link #withAll}, which takes many in one order.
 */
public final class StripedLocks {

    private final Object[] locks;

    public StripedLocks(int stripes) {
        locks = new Object[stripes];
        for (int i = 0; i < stripes; i++) {
            locks[i] = new Object();
        }
    }

    public Object lockFor(String key) {
        return locks[stripeOf(key)];
    }

    /**
     * Runs the work holding the stripes of all these keys, taken in ascending order: two callers of this method never
     * wait for each other in a circle, and one holding a single stripe waits at most for the work to end.
     */
    public void withAll(Collection<String> keys, Runnable work) {
        int[] stripes = keys.stream().mapToInt(this::stripeOf).distinct().sorted().toArray();
        holding(stripes, 0, Objects.requireNonNull(work));
    }

    private void holding(int[] stripes, int next, Runnable work) {
        if (next == stripes.length) {
            work.run();
            return;
        }
        synchronized (locks[stripes[next]]) {
            holding(stripes, next + 1, work);
        }
    }

    private int stripeOf(String key) {
        return Math.floorMod(key.hashCode(), locks.length);
    }
}
