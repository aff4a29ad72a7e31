package org.tradeexecutor.platform.control;

/**
 * A fixed set of monitors picked by a key's hash: work on one key (an execution, a position) is serialised within
 * this instance without a lock object per key. Never take a second stripe while holding one.
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
        return locks[Math.floorMod(key.hashCode(), locks.length)];
    }
}
