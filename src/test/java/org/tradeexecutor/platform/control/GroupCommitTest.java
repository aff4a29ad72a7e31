package org.tradeexecutor.platform.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupCommitTest {

    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 25;

    /** Writes applied so far, and the highest write a finished commit had seen when it started. */
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong durableUpTo = new AtomicLong();
    private final AtomicInteger commits = new AtomicInteger();

    @Test
    void everyWriteReturnsOnlyAfterACommitThatStartedAfterIt_andConcurrentWritesShareCommits() throws Exception {
        GroupCommit groupCommit = new GroupCommit(this::slowCommit);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(() -> {
                int notYetDurable = 0;
                for (int i = 0; i < WRITES_EACH; i++) {
                    long mine = applied.incrementAndGet();
                    groupCommit.awaitCommitOfWrite();
                    if (durableUpTo.get() < mine) {
                        notYetDurable++;
                    }
                }
                return notYetDurable;
            });
        }
        int notYetDurable = 0;
        for (Future<Integer> writer : pool.invokeAll(writers)) {
            notYetDurable += writer.get();
        }
        pool.shutdown();

        assertEquals(0, notYetDurable, "a write was acknowledged before a commit covered it");
        assertTrue(commits.get() < WRITERS * WRITES_EACH / 2, "writers waiting together share a commit; commits: " + commits.get());
    }

    @Test
    void aFailedCommitFailsItsWritersAndTheNextWriteCommitsAgain() {
        AtomicInteger attempts = new AtomicInteger();
        GroupCommit groupCommit = new GroupCommit(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });

        assertThrows(IllegalStateException.class, groupCommit::awaitCommitOfWrite);
        groupCommit.awaitCommitOfWrite();

        assertEquals(2, attempts.get());
    }

    private void slowCommit() {
        long seen = applied.get();
        commits.incrementAndGet();
        try {
            Thread.sleep(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        durableUpTo.accumulateAndGet(seen, Math::max);
    }
}
