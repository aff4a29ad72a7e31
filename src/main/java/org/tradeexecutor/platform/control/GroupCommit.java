package org.tradeexecutor.platform.control;

/**
 * Acknowledges a write only after a commit that covers it, sharing one commit among every write that finished while
 * the previous commit ran (group commit, as databases do with their logs). The first waiting writer commits for all
 * of them; the others wait. Concurrent writers then cost one file write per group instead of one each.
 */
final class GroupCommit {

    private final Runnable commit;
    private long written;
    private long committed;
    private boolean committing;

    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /** Called after a write was applied; returns once a commit that started after it has finished. */
    void awaitCommitOfWrite() {
        long mine;
        synchronized (this) {
            mine = ++written;
        }
        while (true) {
            long upTo;
            synchronized (this) {
                while (committing && committed < mine) {
                    waitForCommit();
                }
                if (committed >= mine) {
                    return;
                }
                committing = true;
                upTo = written;
            }
            boolean done = false;
            try {
                commit.run();
                done = true;
            } finally {
                synchronized (this) {
                    committing = false;
                    if (done) {
                        committed = Math.max(committed, upTo);
                    }
                    notifyAll();
                }
            }
        }
    }

    private void waitForCommit() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the store to commit a write", e);
        }
    }
}
