package org.tradeexecutor.access.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rules for a new password, in the spirit of NIST SP 800-63B: length matters, composition rules do not; the
 * password must not be the username and must not be one character repeated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** What is wrong with the password; empty when it is acceptable. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("The password is required.");
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("The password must have at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            problems.add("The password must have at most " + MAX_LENGTH + " characters.");
        }
        if (username != null && password.trim().toLowerCase(Locale.ROOT).equals(username.trim().toLowerCase(Locale.ROOT))) {
            problems.add("The password must not be the username.");
        }
        if (password.codePoints().distinct().count() == 1 && length > 1) {
            problems.add("The password must not be one character repeated.");
        }
        return problems;
    }
}
