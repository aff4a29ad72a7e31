package org.tradeexecutor.quotes.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.util.List;

/** The symbols a trader watches (PRODUCT T5), in the order they were added; the id is the user id. */
@Entity("watchlists")
public record Watchlist(@Id String userId, @Column List<String> symbols) {

    public static final int MAX_SYMBOLS = 50;

    public static Watchlist empty(String userId) {
        return new Watchlist(userId, List.of());
    }
}
