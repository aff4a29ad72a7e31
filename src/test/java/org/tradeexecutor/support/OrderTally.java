package org.tradeexecutor.support;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fault suite's count of one signal's entry orders, follower by follower, from what the broker holds and what the
 * store booked (docs/RELIABILITY.md):
 * <ul>
 *     <li>expected — the provider's active followers, less those a rule refused (RISK_REJECTED, with the reason);</li>
 *     <li>placed — followers the broker holds an entry order of;</li>
 *     <li>duplicated — followers with more than one entry (execution or broker order), or more held or booked than ordered;</li>
 *     <li>lost — followers without an order, or whose order is not filled whole, or whose position is not what the broker holds;</li>
 *     <li>unprotected — followers holding shares whose working protective orders at the broker cover a different quantity.</li>
 * </ul>
 * A case is exact when every follower's order was placed and nothing was duplicated, lost or left unprotected.
 */
public record OrderTally(int expected, int placed, int duplicated, int lost, int unprotected, List<String> findings) {

    private static final List<String> WORKING = List.of("ACCEPTED", "PARTIALLY_FILLED");

    public boolean exact() {
        return placed == expected && duplicated == 0 && lost == 0 && unprotected == 0;
    }

    /** Counts again every half second until the count is exact or the time is up; answers the last count. */
    public static OrderTally untilExact(java.util.function.Supplier<OrderTally> count, long withinMillis) {
        long deadline = System.currentTimeMillis() + withinMillis;
        OrderTally tally = count.get();
        while (!tally.exact() && System.currentTimeMillis() < deadline) {
            ServerProcess.pause(500);
            tally = count.get();
        }
        return tally;
    }

    /** For refused input, where nothing may come of it: whatever did (a signal stored, an order planned or sent) counts as placed. */
    public static OrderTally nothingExpected(int placed, List<String> findings) {
        return new OrderTally(0, placed, 0, 0, 0, findings);
    }

    /** A case whose expected orders never came to be counted (it failed before): not exact. */
    public static OrderTally notCounted(String why) {
        return new OrderTally(1, 0, 0, 1, 0, List.of(why));
    }

    @Override
    public String toString() {
        return "expected " + expected + ", placed " + placed + ", duplicated " + duplicated + ", lost " + lost + ", unprotected " + unprotected
                + (findings.isEmpty() ? "" : "; " + String.join("; ", findings.subList(0, Math.min(5, findings.size()))));
    }

    /** What one follower holds of the signal at the broker and in the books. */
    private record Follower(String userId, int entries, int brokerOrders, BigDecimal ordered, BigDecimal filled, BigDecimal held,
                            BigDecimal booked, BigDecimal protectedQuantity) {
    }

    /** The signal's entries on the paper broker: its orders, accounts and working orders in the same store (read once each). */
    public static OrderTally paper(MongoDatabase db, String signalId) {
        Map<String, List<Document>> ordersByAccount = db.getCollection("paper_orders").find().into(new ArrayList<>()).stream()
                .collect(Collectors.groupingBy(o -> o.getString("accountId")));
        Map<String, Document> accounts = db.getCollection("paper_accounts").find().into(new ArrayList<>()).stream()
                .collect(Collectors.toMap(a -> a.getString("_id"), a -> a));
        return tally(db, signalId, (entry, symbol) -> {
            String account = entry.getString("brokerConnectionId");
            List<Document> orders = ordersByAccount.getOrDefault(account, List.of()).stream().filter(o -> symbol.equals(o.getString("symbol"))).toList();
            String entrySide = entry.getString("side");
            List<Document> entryOrders = orders.stream().filter(o -> o.getString("side").equals(entrySide) && o.getString("kind").equals(entry.getString("kind"))).toList();
            Document paperAccount = accounts.get(account);
            BigDecimal held = paperAccount == null ? BigDecimal.ZERO : paperAccount.getList("holdings", Document.class, List.of()).stream()
                    .filter(h -> h.getString("symbol").equals(symbol)).map(h -> decimal(h, "quantity")).findFirst().orElse(BigDecimal.ZERO);
            BigDecimal protectedQuantity = orders.stream().filter(o -> !o.getString("side").equals(entrySide) && WORKING.contains(o.getString("status")))
                    .map(o -> decimal(o, "quantity").subtract(decimal(o, "filledQuantity"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal filled = entryOrders.stream().map(o -> decimal(o, "filledQuantity")).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new BrokerSide(entryOrders.size(), filled, held, protectedQuantity);
        });
    }

    /** What the broker holds for one follower's entry. */
    public record BrokerSide(int entryOrders, BigDecimal filled, BigDecimal held, BigDecimal protectedQuantity) {
    }

    /** The signal's entries at any broker: {@code broker} answers what it holds for a follower's entry execution and symbol. */
    public static OrderTally tally(MongoDatabase db, String signalId, java.util.function.BiFunction<Document, String, BrokerSide> broker) {
        Document signal = db.getCollection("signals").find(new Document("_id", signalId)).first();
        if (signal == null) {
            return notCounted("no signal " + signalId);
        }
        List<Document> followers = db.getCollection("subscriptions").find(new Document("providerId", signal.getString("providerId"))
                .append("active", true)).into(new ArrayList<>());
        Map<String, List<Document>> entriesByUser = db.getCollection("executions").find(new Document("signalId", signalId).append("leg", "entry"))
                .into(new ArrayList<>()).stream().collect(Collectors.groupingBy(e -> e.getString("userId")));
        Map<String, List<Document>> positionsByUser = db.getCollection("positions").find().into(new ArrayList<>()).stream()
                .collect(Collectors.groupingBy(p -> p.getString("userId")));
        List<Follower> counted = new ArrayList<>();
        List<String> refusedButSent = new ArrayList<>();
        for (Document subscription : followers) {
            String userId = subscription.getString("userId");
            List<Document> entries = entriesByUser.getOrDefault(userId, List.of());
            if (entries.isEmpty()) {
                counted.add(new Follower(userId, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
                continue;
            }
            Document entry = entries.get(0);
            String symbol = entry.getString("symbol");
            BrokerSide atBroker = broker.apply(entry, symbol);
            if ("RISK_REJECTED".equals(entry.getString("state")) && entries.size() == 1) {
                // Refused by a rule (risk, an inactive account or membership), with the reason: no order is expected.
                if (atBroker.entryOrders() > 0) {
                    refusedButSent.add(userId);
                }
                continue;
            }
            BigDecimal booked = positionsByUser.getOrDefault(userId, List.of()).stream()
                    .filter(p -> symbol.equals(p.getString("symbol")) && entry.getString("brokerConnectionId").equals(p.getString("brokerConnectionId")))
                    .map(p -> decimal(p, "quantity").abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
            counted.add(new Follower(userId, entries.size(), atBroker.entryOrders(), decimal(entry, "quantity"), atBroker.filled(),
                    atBroker.held().abs(), booked, atBroker.protectedQuantity()));
        }
        OrderTally tally = of(counted);
        if (refusedButSent.isEmpty()) {
            return tally;
        }
        List<String> findings = new ArrayList<>(tally.findings());
        refusedButSent.forEach(userId -> findings.add(userId + " refused by a rule, yet the broker holds an order"));
        return new OrderTally(tally.expected(), tally.placed() + refusedButSent.size(), tally.duplicated() + refusedButSent.size(), tally.lost(),
                tally.unprotected(), findings);
    }

    private static OrderTally of(List<Follower> followers) {
        int placed = 0;
        int duplicated = 0;
        int lost = 0;
        int unprotected = 0;
        List<String> findings = new ArrayList<>();
        for (Follower f : followers) {
            if (f.brokerOrders() > 0) {
                placed++;
            }
            if (f.entries() > 1 || f.brokerOrders() > 1 || f.held().compareTo(f.ordered()) > 0 || f.booked().compareTo(f.held()) > 0) {
                duplicated++;
                findings.add(f.userId() + " twice: " + f);
            }
            if (f.brokerOrders() == 0 || f.filled().compareTo(f.ordered()) < 0 || f.booked().compareTo(f.held()) < 0) {
                lost++;
                findings.add(f.userId() + " lost: " + f);
            }
            if (f.held().signum() > 0 && f.protectedQuantity().compareTo(f.held()) != 0) {
                unprotected++;
                findings.add(f.userId() + " protection " + f.protectedQuantity() + " for " + f.held() + " held");
            }
        }
        return new OrderTally(followers.size(), placed, duplicated, lost, unprotected, findings);
    }

    private static BigDecimal decimal(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Decimal128 d ? d.bigDecimalValue() : value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
