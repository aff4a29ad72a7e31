package org.tradeexecutor.analytics.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.tradeexecutor.platform.control.MongoConnection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ledgers of traders and providers, held in memory and kept current: each call reads the ledger's head (one
 * document by id) and reads again only the days whose count of changes moved since — on this instance or another.
 * The least recently used ledgers are let go beyond {@code ANALYTICS_CACHE_ROWS} rows in all.
 */
@ApplicationScoped
public class TradeLedgers {

    @Inject
    MongoConnection mongo;

    @Inject
    @ConfigProperty(name = "ANALYTICS_CACHE_ROWS", defaultValue = "2000000")
    long cacheRows;

    @Inject
    MetricRegistry metrics;

    /** Day documents read from the store since start: flat while the ledgers in memory are current. */
    private final AtomicLong daysRead = new AtomicLong();

    /** Per ledger key, most recently used last. */
    private final LinkedHashMap<String, Held> held = new LinkedHashMap<>(64, 0.75f, true);
    private volatile long heldRows; // written under the lock on held

    /** A ledger as this instance holds it: each day's rows and the change count they were read at. */
    private record Held(Map<String, Integer> versions, TreeMap<String, TradeLedger> days, TradeLedger all) {
    }

    @PostConstruct
    void registerMetrics() {
        metrics.gauge("analytics.ledger_days_read", daysRead, AtomicLong::get);
        metrics.gauge("analytics.ledgers_held", this, TradeLedgers::ledgersHeld);
        metrics.gauge("analytics.ledger_rows_held", this, self -> self.heldRows);
    }

    private int ledgersHeld() {
        synchronized (held) {
            return held.size();
        }
    }

    public TradeLedger ofUser(String userId) {
        return ledger("user|" + userId);
    }

    public TradeLedger ofProvider(String providerId) {
        return ledger("provider|" + providerId);
    }

    private TradeLedger ledger(String key) {
        Document head = mongo.database().getCollection(DailyRollups.HEADS).find(new Document("_id", key)).first();
        Map<String, Integer> versions = new HashMap<>();
        if (head != null && head.get("days") instanceof Document days) {
            days.forEach((day, count) -> versions.put(day, ((Number) count).intValue()));
        }
        Held before;
        synchronized (held) {
            before = held.get(key);
        }
        if (before != null && before.versions().equals(versions)) {
            return before.all();
        }
        Held now = refresh(key, before, versions);
        synchronized (held) {
            Held replaced = held.put(key, now);
            heldRows += now.all().size() - (replaced == null ? 0 : replaced.all().size());
            var eldest = held.entrySet().iterator();
            while (heldRows > cacheRows && held.size() > 1 && eldest.hasNext()) {
                var entry = eldest.next();
                if (!entry.getKey().equals(key)) {
                    heldRows -= entry.getValue().all().size();
                    eldest.remove();
                }
            }
        }
        return now.all();
    }

    private Held refresh(String key, Held before, Map<String, Integer> versions) {
        TreeMap<String, TradeLedger> days = new TreeMap<>();
        List<String> toRead = new ArrayList<>();
        versions.forEach((day, version) -> {
            if (before != null && version.equals(before.versions().get(day)) && before.days().containsKey(day)) {
                days.put(day, before.days().get(day));
            } else {
                toRead.add(DailyRollups.dayId(key, day));
            }
        });
        Map<String, Integer> readAt = new HashMap<>(versions);
        for (int from = 0; from < toRead.size(); from += 200) {
            List<String> batch = toRead.subList(from, Math.min(toRead.size(), from + 200));
            for (Document rollup : mongo.database().getCollection(DailyRollups.COLLECTION).find(new Document("_id", new Document("$in", batch)))) {
                days.put(rollup.getString("day"), dayLedger(rollup.getList("rows", Document.class, List.of())));
                daysRead.incrementAndGet();
            }
        }
        readAt.keySet().retainAll(days.keySet()); // a head counted before its day was written: read it again next time
        return new Held(readAt, days, TradeLedger.concat(new ArrayList<>(days.values())));
    }

    private static TradeLedger dayLedger(List<Document> rows) {
        TradeLedger.Builder b = new TradeLedger.Builder(rows.size());
        for (Document r : rows) {
            b.add(r.getDate("c").getTime(), r.getDate("o").getTime(), r.getString("u"), r.getString("b"), r.getString("s"), r.getString("p"),
                    "SHORT".equals(r.getString("d")), DailyRollups.decimal(r, "q"), DailyRollups.decimal(r, "e"), DailyRollups.decimal(r, "x"),
                    DailyRollups.decimal(r, "f"), DailyRollups.decimal(r, "pnl"), DailyRollups.decimal(r, "pct"));
        }
        return b.build();
    }
}
