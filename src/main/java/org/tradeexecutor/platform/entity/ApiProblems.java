package org.tradeexecutor.platform.entity;

import java.util.List;

/**
 * The error answer of a change with invalid fields: every problem found, so all are fixed at once.
 *
 * @param error    a stable machine-readable code, e.g. "invalid_settings"
 * @param message  the problems as one text
 * @param problems one sentence per problem, naming its field
 */
public record ApiProblems(String error, String message, List<String> problems) {

    public static ApiProblems of(String error, List<String> problems) {
        return new ApiProblems(error, String.join(" ", problems), problems);
    }
}
