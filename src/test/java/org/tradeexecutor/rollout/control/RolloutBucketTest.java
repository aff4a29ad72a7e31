package org.tradeexecutor.rollout.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RolloutBucketTest {

    @ParameterizedTest(name = "{0} -> bucket {1}")
    @CsvSource({
            // PRODUCT F2 vectors
            "507f1f77bcf86cd799439011, 8",
            "507f191e810c19729de860ea, 81",
            "64b7f0c2a1e4c3d2b1a09f88, 88",
            "652f3a9e8b1d4c0012345678, 19",
            "000000000000000000000000, 32",
            // upstream-spec §4 extras
            "user-123, 72",
            "A, 65"})
    void bucketMatchesThePredecessorVectors(String userId, int bucket) {
        assertEquals(bucket, RolloutBucket.of(userId));
    }

    @Test
    void theRolloutTableOfTheReviewHolds() {
        assertTrue(RolloutBucket.enabled("507f1f77bcf86cd799439011", 10));
        assertFalse(RolloutBucket.enabled("652f3a9e8b1d4c0012345678", 10));
        assertTrue(RolloutBucket.enabled("652f3a9e8b1d4c0012345678", 50));
        assertFalse(RolloutBucket.enabled("507f191e810c19729de860ea", 50));
        assertTrue(RolloutBucket.enabled("507f191e810c19729de860ea", 100));
        assertFalse(RolloutBucket.enabled("507f1f77bcf86cd799439011", 0));
    }

    @Test
    void integerMinValueHashStaysPositive() {
        // "polygenelubricants".hashCode() == Integer.MIN_VALUE; Math.abs(int) would leave it negative.
        assertEquals(Integer.MIN_VALUE, "polygenelubricants".hashCode());
        assertEquals(48, RolloutBucket.of("polygenelubricants"));
    }

    @Test
    void aUserInAtALowerPercentageStaysInAtEveryHigherOne() {
        IntStream.range(0, 2_000).mapToObj(i -> String.format("%024x", i * 7_919L)).forEach(id -> {
            int bucket = RolloutBucket.of(id);
            assertTrue(bucket >= 0 && bucket < 100, id);
            for (int percentage = 0; percentage <= 100; percentage++) {
                assertEquals(bucket < percentage, RolloutBucket.enabled(id, percentage), id + " at " + percentage);
            }
        });
    }
}
