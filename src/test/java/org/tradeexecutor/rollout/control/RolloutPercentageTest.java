package org.tradeexecutor.rollout.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RolloutPercentageTest {

    @ParameterizedTest
    @NullAndEmptySource
    void unsetOrEmptyMeansEveryone(String value) {
        assertEquals(100, RolloutPercentage.parse(value));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "10|10",
            "50%|50",
            "' 25'|25",
            "007|7",
            "+30|30",
            "12.9|12",
            "abc|0",
            "%50|0",
            "' '|0",
            "-5|0",
            "250|100",
            "99999999999999999999|100"})
    void leadingDigitsCount(String value, int expected) {
        assertEquals(expected, RolloutPercentage.parse(value));
    }
}
