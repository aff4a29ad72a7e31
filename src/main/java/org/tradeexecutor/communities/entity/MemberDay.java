package org.tradeexecutor.communities.entity;

import org.bson.Document;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One UTC day of a community's members.
 *
 * @param day    the day
 * @param joined members who joined that day
 * @param left   members removed that day
 * @param active the ids of the members active that day
 */
public record MemberDay(LocalDate day, int joined, int left, Set<String> active) {

    public static MemberDay of(Document document) {
        List<String> active = document.getList("active", String.class, List.of());
        return new MemberDay(LocalDate.parse(document.getString("day")), document.getInteger("joined", 0), document.getInteger("left", 0),
                Set.copyOf(active));
    }
}
