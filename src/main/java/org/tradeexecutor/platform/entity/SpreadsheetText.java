package org.tradeexecutor.platform.entity;

/** Text written into a CSV export the way every export does it. */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** A cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) gets an apostrophe in front (OWASP's CSV injection advice). */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
