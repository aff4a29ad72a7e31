package org.tradeexecutor.platform.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StripedLocksTest {

    @Test
    void withAllHoldsEveryKeysStripeWhileItWorks() throws Exception {
        StripedLocks locks = new StripedLocks(64);
        List<String> keys = List.of("a", "b", "c", "position-17");
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(keys.size() + 1);
        try {
            pool.submit(() -> locks.withAll(keys, () -> {
                inside.countDown();
                await(release);
            }));
            assertTrue(inside.await(5, TimeUnit.SECONDS));
            List<Future<Boolean>> probes = keys.stream().map(key -> pool.submit(() -> {
                synchronized (locks.lockFor(key)) {
                    return true;
                }
            })).toList();
            assertFalse(waitsFor(probes.get(0), 200), "the stripes are held while the work runs");
            release.countDown();
            for (Future<Boolean> probe : probes) {
                assertTrue(probe.get(5, TimeUnit.SECONDS), "and free once it ended");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyTakingOverlappingKeysInAnyOrderNeverWaitForEachOtherInACircle() throws Exception {
        StripedLocks locks = new StripedLocks(16);
        List<String> keys = IntStream.range(0, 40).mapToObj(i -> "key-" + i).toList();
        int[] counter = {0};
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                List<String> shuffled = new ArrayList<>(keys);
                Collections.shuffle(shuffled, new Random(t));
                List<String> some = new ArrayList<>(shuffled.subList(0, 10 + t * 3));
                some.add("common"); // so that the counter below is only ever touched by one at a time
                work.add(pool.submit(() -> {
                    for (int round = 0; round < 500; round++) {
                        locks.withAll(some, () -> counter[0]++);
                        synchronized (locks.lockFor(some.get(round % some.size()))) {
                            Thread.onSpinWait();
                        }
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(30, TimeUnit.SECONDS); // a deadlock would time out here
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(8 * 500, counter[0], "every run held the common key's stripe, so no increment was lost");
    }

    private static boolean waitsFor(Future<Boolean> future, long millis) {
        try {
            future.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillWaiting) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
