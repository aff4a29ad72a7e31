package org.tradeexecutor.communities.entity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which members a host lists: {@code search} is literal text found case-insensitively in the username or display
 * name (never a pattern), role and status filter, one sort column, a page.
 */
public record MemberQuery(String search, CommunityRole role, MembershipStatus status, Sort sort, boolean descending, int page, int size) {

    /** What the list sorts on; ties by username. */
    public enum Sort {
        USERNAME(Comparator.comparing(m -> m.username().toLowerCase(Locale.ROOT))),
        DISPLAY_NAME(Comparator.comparing(m -> m.displayName() == null ? "" : m.displayName().toLowerCase(Locale.ROOT))),
        ROLE(Comparator.comparing(MemberRow::role)),
        STATUS(Comparator.comparing(MemberRow::status)),
        JOINED_AT(Comparator.comparing(MemberRow::joinedAt, Comparator.nullsFirst(Comparator.naturalOrder()))),
        LAST_ACTIVE_AT(Comparator.comparing(MemberRow::lastActiveAt, Comparator.nullsFirst(Comparator.naturalOrder()))),
        FOLLOWED_PROVIDERS(Comparator.comparingLong(MemberRow::followedProviders));

        private final Comparator<MemberRow> order;

        Sort(Comparator<MemberRow> order) {
            this.order = order;
        }

        public Comparator<MemberRow> order() {
            return order.thenComparing(m -> m.username().toLowerCase(Locale.ROOT));
        }

        /** The API's name: {@code joinedAt}. */
        public String label() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            return words[0] + Arrays.stream(words).skip(1).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining());
        }

        public static Optional<Sort> of(String label) {
            return Arrays.stream(values()).filter(s -> s.label().equalsIgnoreCase(label)).findFirst();
        }

        public static String labels() {
            return Arrays.stream(values()).map(Sort::label).collect(Collectors.joining(", "));
        }
    }

    /** Literal, case-insensitive: {@code .*} or {@code (} are characters here. */
    public boolean matches(MemberRow member) {
        if (role != null && member.role() != role || status != null && member.status() != status) {
            return false;
        }
        if (search == null) {
            return true;
        }
        String wanted = search.toLowerCase(Locale.ROOT);
        return member.username().toLowerCase(Locale.ROOT).contains(wanted)
                || member.displayName() != null && member.displayName().toLowerCase(Locale.ROOT).contains(wanted);
    }
}
