package org.tradeexecutor.execution.control;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.execution.entity.AccountState;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.BrokerOrder;
import org.tradeexecutor.execution.entity.BrokerOrderChanged;
import org.tradeexecutor.execution.entity.BrokerOrderStatus;
import org.tradeexecutor.execution.entity.OrderKind;
import org.tradeexecutor.execution.entity.OrderRequest;
import org.tradeexecutor.execution.entity.OrderSide;
import org.tradeexecutor.execution.entity.OrderToSend;
import org.tradeexecutor.execution.entity.SendResult;
import org.tradeexecutor.execution.entity.PaperAccount;
import org.tradeexecutor.execution.entity.Holding;
import org.tradeexecutor.quotes.control.QuoteFeed;
import org.tradeexecutor.quotes.entity.Quote;
import org.tradeexecutor.quotes.entity.QuoteUnavailableException;
import org.tradeexecutor.risk.entity.AccountSnapshot;
import org.tradeexecutor.risk.entity.OpenPosition;
import org.tradeexecutor.signals.entity.Instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.tradeexecutor.execution.control.PaperLedger.big;
import static org.tradeexecutor.execution.control.PaperLedger.decimal;

/**
 * The default broker (PRODUCT X5): market, limit, stop, stop-limit and trailing-stop orders filled against the quote
 * feed with configurable slippage ({@code PAPER_SLIPPAGE_BPS}) and fees ({@code PAPER_FEE_PERCENT}); cash, positions
 * and orders in the database, so they survive a restart. An order is stored under its client order id before it
 * fills; a second order with the same id returns the first. A fill changes the account in one versioned write that
 * also records the order as applied, so a crash between the two writes neither loses nor doubles it.
 */
@ApplicationScoped
public class PaperBroker implements BrokerAdapter {

    private static final Logger LOG = Logger.getLogger(PaperBroker.class.getName());
    private static final int APPLIED_KEPT = 200;
    private static final int DUPLICATE_KEY = 11000;
    private static final int PRICE_DIGITS = 8;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    PaperLedger ledger;

    @Inject
    QuoteFeed quotes;

    @Inject
    Clock clock;

    @Inject
    Event<BrokerOrderChanged> changes;

    @Inject
    @ConfigProperty(name = "PAPER_STARTING_CASH", defaultValue = "100000")
    BigDecimal startingCash;

    @Inject
    @ConfigProperty(name = "PAPER_SLIPPAGE_BPS", defaultValue = "5")
    BigDecimal slippageBps;

    @Inject
    @ConfigProperty(name = "PAPER_FEE_PERCENT", defaultValue = "0")
    BigDecimal feePercent;

    /** Opens the paper account of a connection with the starting cash, unless it exists. */
    public void open(BrokerConnection connection) {
        ledger.open(new PaperAccount(connection.id(), connection.userId(), startingCash, startingCash, List.of(), List.of(), today(),
                startingCash, 0));
    }

    @Override
    public BrokerOrder submit(BrokerConnection connection, OrderRequest order) {
        Document document = newOrder(connection.id(), order);
        String problem = problemWith(order);
        if (problem != null) {
            document.append("status", BrokerOrderStatus.REJECTED.name()).append("reason", problem);
        }
        try {
            ledger.orders().insertOne(document);
        } catch (MongoWriteException sameClientOrderId) {
            return orderDocument(order.clientOrderId()).map(PaperBroker::toBrokerOrder).orElseThrow(() -> sameClientOrderId);
        }
        if (problem != null) {
            return toBrokerOrder(document);
        }
        Optional<BigDecimal> price = currentQuote(order.symbol()).flatMap(quote -> fillPrice(document, quote));
        return price.isPresent() ? fill(document, price.get()) : toBrokerOrder(document);
    }

    /**
     * A fan-out's orders in a few round trips instead of a few per order: all orders inserted at once, every account
     * with fills read once and written once (versioned, as a single fill), all outcomes recorded at once. An account
     * someone else wrote meanwhile falls back to the one-by-one path for its orders.
     */
    @Override
    public List<SendResult> submitAll(List<OrderToSend> sends) {
        List<Document> documents = new ArrayList<>();
        for (OrderToSend send : sends) {
            Document document = newOrder(send.account().id(), send.order());
            String problem = problemWith(send.order());
            if (problem != null) {
                document.append("status", BrokerOrderStatus.REJECTED.name()).append("reason", problem);
            }
            documents.add(document);
        }
        Map<String, BrokerOrder> answers = new HashMap<>();
        for (String sentBefore : insertNew(documents)) {
            orderDocument(sentBefore).ifPresent(existing -> answers.put(sentBefore, toBrokerOrder(existing)));
        }
        Map<String, List<PendingFill>> fillsByAccount = new LinkedHashMap<>();
        for (Document document : documents) {
            String id = document.getString("_id");
            if (answers.containsKey(id)) {
                continue;
            }
            Optional<BigDecimal> price = BrokerOrderStatus.REJECTED.name().equals(document.getString("status")) ? Optional.empty()
                    : currentQuote(document.getString("symbol")).flatMap(quote -> fillPrice(document, quote));
            if (price.isPresent()) {
                fillsByAccount.computeIfAbsent(document.getString("accountId"), a -> new ArrayList<>()).add(new PendingFill(document, price.get()));
            } else {
                answers.put(id, toBrokerOrder(document));
            }
        }
        answers.putAll(fillAll(fillsByAccount));
        return sends.stream().map(send -> SendResult.answered(answers.get(send.order().clientOrderId()))).toList();
    }

    /** Inserts the orders not stored yet; answers the client order ids that were (a batch sent again). */
    private Set<String> insertNew(List<Document> documents) {
        try {
            ledger.orders().insertMany(documents, new InsertManyOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            Set<String> duplicates = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(documents.get(error.getIndex()).getString("_id"));
            }
            return duplicates;
        }
    }

    private Map<String, BrokerOrder> fillAll(Map<String, List<PendingFill>> fillsByAccount) {
        Map<String, PaperAccount> accounts = ledger.accounts(fillsByAccount.keySet());
        Map<String, BrokerOrder> answers = new HashMap<>();
        List<PaperAccount> changed = new ArrayList<>();
        Map<String, Long> expectedVersions = new HashMap<>();
        Map<String, String> rejections = new HashMap<>();
        for (Map.Entry<String, List<PendingFill>> entry : fillsByAccount.entrySet()) {
            PaperAccount before = accounts.get(entry.getKey());
            if (before == null) {
                continue; // opened on the one-by-one path below
            }
            PaperAccount after = before;
            for (PendingFill pending : entry.getValue()) {
                Booking booking = book(after, pending.order(), pending.price());
                if (booking.rejection() != null) {
                    rejections.put(pending.order().getString("_id"), booking.rejection());
                } else {
                    after = booking.account();
                }
            }
            if (after != before) {
                changed.add(after);
                expectedVersions.put(before.id(), before.version());
            }
        }
        Set<String> written = written(changed, ledger.replaceAll(changed, expectedVersions));
        List<UpdateOneModel<Document>> outcomes = new ArrayList<>();
        for (Map.Entry<String, List<PendingFill>> entry : fillsByAccount.entrySet()) {
            boolean booked = written.contains(entry.getKey()) || (accounts.containsKey(entry.getKey()) && !expectedVersions.containsKey(entry.getKey()));
            for (PendingFill pending : entry.getValue()) {
                String id = pending.order().getString("_id");
                if (booked) {
                    outcomes.add(new UpdateOneModel<>(Filters.eq("_id", id), outcomeUpdate(pending.order(), pending.price(), rejections.get(id))));
                    answers.put(id, outcome(pending.order(), pending.price(), rejections.get(id)));
                } else {
                    answers.put(id, fill(pending.order(), pending.price()));
                }
            }
        }
        if (!outcomes.isEmpty()) {
            ledger.orders().bulkWrite(outcomes, new BulkWriteOptions().ordered(false));
        }
        return answers;
    }

    /** The accounts our batch write reached; when some were not (written by someone else since), read them again to see which. */
    private Set<String> written(List<PaperAccount> changed, long modified) {
        Set<String> ids = new HashSet<>();
        changed.forEach(account -> ids.add(account.id()));
        if (modified == changed.size()) {
            return ids;
        }
        Map<String, PaperAccount> now = ledger.accounts(ids);
        Set<String> reached = new HashSet<>();
        for (PaperAccount ours : changed) {
            PaperAccount stored = now.get(ours.id());
            String lastOfOurs = ours.applied().get(ours.applied().size() - 1);
            if (stored != null && stored.applied().contains(lastOfOurs)) {
                reached.add(ours.id());
            }
        }
        return reached;
    }

    private record PendingFill(Document order, BigDecimal price) {
    }

    @Override
    public Optional<BrokerOrder> findByClientOrderId(BrokerConnection connection, String clientOrderId) {
        return orderDocument(clientOrderId).filter(d -> connection.id().equals(d.getString("accountId"))).map(PaperBroker::toBrokerOrder);
    }

    @Override
    public AccountState state(BrokerConnection connection) {
        return stateOf(accountOf(connection));
    }

    /** Many accounts at once: one query for all of them (a fan-out asks for every follower's). */
    @Override
    public Map<String, AccountState> states(Collection<BrokerConnection> connections) {
        Map<String, PaperAccount> accounts = ledger.accounts(connections.stream().map(BrokerConnection::id).toList());
        Map<String, AccountState> states = new HashMap<>();
        for (BrokerConnection connection : connections) {
            PaperAccount account = accounts.get(connection.id());
            states.put(connection.id(), stateOf(account != null ? account : accountOf(connection)));
        }
        return states;
    }

    private AccountState stateOf(PaperAccount account) {
        BigDecimal equity = equity(account);
        BigDecimal dailyPnl = equity.subtract(account.dayStartEquity());
        if (!today().equals(account.day())) {
            // The first look of a new UTC day fixes the day's starting equity.
            ledger.replace(new PaperAccount(account.id(), account.userId(), account.startingCash(), account.cash(), account.holdings(),
                    account.applied(), today(), equity, account.version() + 1), account.version());
            dailyPnl = BigDecimal.ZERO;
        }
        List<OpenPosition> positions = account.holdings().stream().filter(h -> h.quantity().signum() != 0)
                .map(h -> new OpenPosition(h.symbol(), h.quantity(), h.averageEntry())).toList();
        return new AccountState(new AccountSnapshot(equity, account.cash(), account.cash().max(BigDecimal.ZERO)), positions, dailyPnl);
    }

    @Override
    public boolean reportsItsCancels() {
        return true;
    }

    @Override
    public boolean cancel(BrokerConnection connection, String clientOrderId) {
        boolean cancelled = ledger.orders().updateOne(working(connection, clientOrderId), cancelling()).getModifiedCount() == 1;
        if (cancelled) {
            orderDocument(clientOrderId).ifPresent(d -> changes.fire(new BrokerOrderChanged(connection.id(), toBrokerOrder(d))));
        }
        return cancelled;
    }

    /** All in one write and one read, reported to no one: the caller records them. */
    @Override
    public Set<String> cancelAll(Map<String, BrokerConnection> accountsByClientOrderId) {
        if (accountsByClientOrderId.isEmpty()) {
            return Set.of();
        }
        Bson cancelling = cancelling();
        ledger.orders().bulkWrite(accountsByClientOrderId.entrySet().stream()
                .map(order -> new UpdateOneModel<Document>(working(order.getValue(), order.getKey()), cancelling)).toList(), new BulkWriteOptions().ordered(false));
        Set<String> cancelled = new HashSet<>();
        ledger.orders().find(Filters.in("_id", accountsByClientOrderId.keySet())).projection(Projections.include("status"))
                .forEach(d -> {
                    if (BrokerOrderStatus.CANCELLED.name().equals(d.getString("status"))) {
                        cancelled.add(d.getString("_id"));
                    }
                });
        return cancelled;
    }

    private Bson cancelling() {
        return Updates.combine(Updates.set("status", BrokerOrderStatus.CANCELLED.name()), Updates.set("reason", "Cancelled."),
                Updates.set("updatedAt", Date.from(clock.instant())));
    }

    @Override
    public boolean replaceStop(BrokerConnection connection, String clientOrderId, BigDecimal stopPrice) {
        return ledger.orders().updateOne(working(connection, clientOrderId), Updates.combine(Updates.set("stopPrice", decimal(stopPrice)),
                Updates.set("updatedAt", Date.from(clock.instant())))).getModifiedCount() == 1;
    }

    /** The order, if it is this account's and still working: a plain filter the store finds by the id. */
    private static Document working(BrokerConnection connection, String clientOrderId) {
        return new Document("_id", clientOrderId).append("accountId", connection.id()).append("status", BrokerOrderStatus.ACCEPTED.name());
    }

    /** Fills the resting orders the market has reached; called every second by {@code PaperOrderMatcher}. */
    public int matchRestingOrders() {
        int filled = 0;
        for (Document order : ledger.orders().find(Filters.eq("status", BrokerOrderStatus.ACCEPTED.name()))) {
            try {
                filled += matchResting(order) ? 1 : 0;
            } catch (RuntimeException e) {
                // One order (its account gone, its follow-up failing) must not keep the others from their fills.
                LOG.log(Level.WARNING, "Resting paper order " + order.getString("_id") + " could not be matched; tried again next round", e);
            }
        }
        return filled;
    }

    private boolean matchResting(Document order) {
        Optional<Quote> current = currentQuote(order.getString("symbol"));
        if (current.isEmpty()) {
            return false;
        }
        Quote quote = current.get();
        trackTrailingStop(order, quote);
        Optional<BigDecimal> price = fillPrice(order, quote);
        if (price.isEmpty()) {
            return false;
        }
        BrokerOrder result = fill(order, price.get());
        changes.fire(new BrokerOrderChanged(order.getString("accountId"), result));
        return true;
    }

    /** Applies fills that were stored but not yet booked when the process stopped (at most once, see {@link PaperAccount#applied()}). */
    public int bookUnappliedFills() {
        int booked = 0;
        for (Document order : ledger.orders().find(Filters.and(Filters.eq("status", BrokerOrderStatus.FILLED.name()), Filters.eq("applied", false)))) {
            try {
                fill(order, big(order, "averageFillPrice"));
                booked++;
            } catch (RuntimeException e) {
                // One order (its account gone, say) must not keep the others from being booked; met again at the next start.
                LOG.log(Level.WARNING, "Paper fill " + order.getString("_id") + " could not be booked", e);
            }
        }
        return booked;
    }

    private BrokerOrder fill(Document order, BigDecimal price) {
        String rejection = null;
        while (true) {
            PaperAccount account = ledger.account(order.getString("accountId")).orElseThrow();
            Booking booking = book(account, order, price);
            if (booking.alreadyApplied()) {
                break;
            }
            if (booking.rejection() != null) {
                rejection = booking.rejection();
                break;
            }
            if (ledger.replace(booking.account(), account.version())) {
                break;
            }
        }
        return settle(order, price, rejection);
    }

    /**
     * The account after a fill, not yet written: cash and the symbol's holding moved, the order listed as applied; or
     * why the broker refuses it (a buy beyond the cash); or nothing to do when the account has it already.
     */
    private Booking book(PaperAccount account, Document order, BigDecimal price) {
        String clientOrderId = order.getString("_id");
        if (account.applied().contains(clientOrderId)) {
            return new Booking(account, null, true);
        }
        BigDecimal quantity = big(order, "quantity");
        BigDecimal signed = OrderSide.valueOf(order.getString("side")) == OrderSide.BUY ? quantity : quantity.negate();
        Instrument instrument = Instrument.of(order.getString("symbol"));
        BigDecimal fee = feeOf(instrument, quantity, price);
        Holding before = account.holdings().stream().filter(h -> h.symbol().equals(instrument.symbol())).findFirst()
                .orElse(Holding.flat(instrument.symbol()));
        BigDecimal cashAfter = account.cash().subtract(instrument.value(signed, price)).subtract(fee);
        boolean opensOrAdds = before.quantity().signum() == 0 || before.quantity().signum() == signed.signum();
        if (opensOrAdds && signed.signum() > 0 && cashAfter.signum() < 0) {
            return new Booking(account, "Insufficient buying power: " + instrument.value(quantity, price).setScale(2, RoundingMode.HALF_UP).toPlainString()
                    + " needed, " + account.cash().setScale(2, RoundingMode.HALF_UP).toPlainString() + " available.", false);
        }
        List<Holding> holdings = new ArrayList<>(account.holdings().stream().filter(h -> !h.symbol().equals(before.symbol())).toList());
        holdings.add(before.afterFill(signed, price, fee));
        List<String> applied = new ArrayList<>(account.applied());
        applied.add(clientOrderId);
        if (applied.size() > APPLIED_KEPT) {
            applied = applied.subList(applied.size() - APPLIED_KEPT, applied.size());
        }
        return new Booking(new PaperAccount(account.id(), account.userId(), account.startingCash(), cashAfter, holdings, applied,
                account.day(), account.dayStartEquity(), account.version() + 1), null, false);
    }

    /** @param account the account after the fill (or as it was)  @param rejection why the broker refuses it, or null */
    private record Booking(PaperAccount account, String rejection, boolean alreadyApplied) {
    }

    /** A percentage of the notional (an option's premium × 100 per contract). */
    private BigDecimal feeOf(Instrument instrument, BigDecimal quantity, BigDecimal price) {
        return instrument.value(quantity, price).multiply(feePercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private BigDecimal feeOf(Document order, BigDecimal price) {
        return feeOf(Instrument.of(order.getString("symbol")), big(order, "quantity"), price);
    }

    /** Records the order's outcome once the account has it (or refused it). */
    private BrokerOrder settle(Document order, BigDecimal price, String rejection) {
        ledger.orders().updateOne(Filters.eq("_id", order.getString("_id")), outcomeUpdate(order, price, rejection));
        return outcome(order, price, rejection);
    }

    private Bson outcomeUpdate(Document order, BigDecimal price, String rejection) {
        BigDecimal quantity = big(order, "quantity");
        Bson update = rejection != null
                ? Updates.combine(Updates.set("status", BrokerOrderStatus.REJECTED.name()), Updates.set("reason", rejection))
                : Updates.combine(Updates.set("status", BrokerOrderStatus.FILLED.name()), Updates.set("filledQuantity", decimal(quantity)),
                Updates.set("averageFillPrice", decimal(price)), Updates.set("fees", decimal(feeOf(order, price))), Updates.set("applied", true));
        return Updates.combine(update, Updates.set("updatedAt", Date.from(clock.instant())));
    }

    private BrokerOrder outcome(Document order, BigDecimal price, String rejection) {
        BigDecimal quantity = big(order, "quantity");
        return rejection != null
                ? new BrokerOrder(order.getString("_id"), order.getString("brokerOrderId"), BrokerOrderStatus.REJECTED, BigDecimal.ZERO, null, BigDecimal.ZERO, rejection)
                : new BrokerOrder(order.getString("_id"), order.getString("brokerOrderId"), BrokerOrderStatus.FILLED, quantity, price, feeOf(order, price), null);
    }

    /** The price an order fills at now, or empty while it rests. Slippage always works against the trader. */
    private Optional<BigDecimal> fillPrice(Document order, Quote quote) {
        OrderSide side = OrderSide.valueOf(order.getString("side"));
        BigDecimal slip = slippageBps.divide(TEN_THOUSAND);
        BigDecimal market = side == OrderSide.BUY ? quote.ask().multiply(BigDecimal.ONE.add(slip)) : quote.bid().multiply(BigDecimal.ONE.subtract(slip));
        market = market.setScale(PRICE_DIGITS, RoundingMode.HALF_UP).stripTrailingZeros();
        BigDecimal limit = big(order, "limitPrice");
        BigDecimal stop = big(order, "stopPrice");
        boolean buy = side == OrderSide.BUY;
        return switch (OrderKind.valueOf(order.getString("kind"))) {
            case MARKET -> Optional.of(market);
            case LIMIT -> limitFill(buy, quote, limit, market);
            case STOP -> triggered(buy, quote, stop) ? Optional.of(market) : Optional.empty();
            case STOP_LIMIT -> triggered(buy, quote, stop) ? limitFill(buy, quote, limit, market) : Optional.empty();
            case TRAILING_STOP -> triggered(buy, quote, trailingStop(order, buy)) ? Optional.of(market) : Optional.empty();
            // The target first: a quote that reaches it fills the limit; one that reaches the stop fills at the market.
            case OCO -> ocoFill(buy, quote, limit, stop, market);
        };
    }

    private static Optional<BigDecimal> ocoFill(boolean buy, Quote quote, BigDecimal limit, BigDecimal stop, BigDecimal market) {
        Optional<BigDecimal> target = limitFill(buy, quote, limit, market);
        return target.isPresent() ? target : triggered(buy, quote, stop) ? Optional.of(market) : Optional.empty();
    }

    private static Optional<BigDecimal> limitFill(boolean buy, Quote quote, BigDecimal limit, BigDecimal market) {
        boolean marketable = buy ? quote.ask().compareTo(limit) <= 0 : quote.bid().compareTo(limit) >= 0;
        return marketable ? Optional.of(buy ? market.min(limit) : market.max(limit)) : Optional.empty();
    }

    private static boolean triggered(boolean buy, Quote quote, BigDecimal stop) {
        return stop != null && (buy ? quote.ask().compareTo(stop) >= 0 : quote.bid().compareTo(stop) <= 0);
    }

    /** A sell trails the highest bid seen, a buy the lowest ask, by {@code trailPercent}. */
    private static BigDecimal trailingStop(Document order, boolean buy) {
        BigDecimal water = big(order, "water");
        BigDecimal trail = big(order, "trailPercent").divide(HUNDRED);
        return water == null ? null : buy ? water.multiply(BigDecimal.ONE.add(trail)) : water.multiply(BigDecimal.ONE.subtract(trail));
    }

    private void trackTrailingStop(Document order, Quote quote) {
        if (OrderKind.valueOf(order.getString("kind")) != OrderKind.TRAILING_STOP) {
            return;
        }
        boolean buy = OrderSide.valueOf(order.getString("side")) == OrderSide.BUY;
        BigDecimal water = big(order, "water");
        BigDecimal seen = buy ? quote.ask() : quote.bid();
        if (water == null || (buy ? seen.compareTo(water) < 0 : seen.compareTo(water) > 0)) {
            order.put("water", decimal(seen));
            ledger.orders().updateOne(Filters.eq("_id", order.getString("_id")), Updates.set("water", decimal(seen)));
        }
    }

    private static String problemWith(OrderRequest order) {
        if (order.quantity() == null || order.quantity().signum() <= 0) {
            return "The quantity must be more than 0.";
        }
        boolean needsLimit = order.kind() == OrderKind.LIMIT || order.kind() == OrderKind.STOP_LIMIT || order.kind() == OrderKind.OCO;
        if (needsLimit && (order.limitPrice() == null || order.limitPrice().signum() <= 0)) {
            return "A " + order.kind() + " order needs a limit price above 0.";
        }
        boolean needsStop = order.kind() == OrderKind.STOP || order.kind() == OrderKind.STOP_LIMIT || order.kind() == OrderKind.OCO;
        if (needsStop && (order.stopPrice() == null || order.stopPrice().signum() <= 0)) {
            return "A " + order.kind() + " order needs a stop price above 0.";
        }
        if (order.kind() == OrderKind.TRAILING_STOP && (order.trailPercent() == null || order.trailPercent().signum() <= 0)) {
            return "A trailing stop needs a trail percentage above 0.";
        }
        return null;
    }

    private Document newOrder(String accountId, OrderRequest order) {
        Date now = Date.from(clock.instant());
        return new Document("_id", order.clientOrderId()).append("accountId", accountId).append("brokerOrderId", "paper-" + new org.bson.types.ObjectId().toHexString())
                .append("symbol", order.symbol()).append("side", order.side().name()).append("kind", order.kind().name())
                .append("quantity", decimal(order.quantity())).append("limitPrice", decimal(order.limitPrice()))
                .append("stopPrice", decimal(order.stopPrice())).append("trailPercent", decimal(order.trailPercent()))
                .append("status", BrokerOrderStatus.ACCEPTED.name()).append("filledQuantity", decimal(BigDecimal.ZERO))
                .append("fees", decimal(BigDecimal.ZERO)).append("applied", false).append("createdAt", now).append("updatedAt", now);
    }

    private Optional<Document> orderDocument(String clientOrderId) {
        return Optional.ofNullable(ledger.orders().find(Filters.eq("_id", clientOrderId)).first());
    }

    private static BrokerOrder toBrokerOrder(Document d) {
        return new BrokerOrder(d.getString("_id"), d.getString("brokerOrderId"), BrokerOrderStatus.valueOf(d.getString("status")),
                big(d, "filledQuantity"), big(d, "averageFillPrice"), big(d, "fees"), d.getString("reason"));
    }

    private PaperAccount accountOf(BrokerConnection connection) {
        return ledger.account(connection.id()).orElseGet(() -> {
            open(connection);
            return ledger.account(connection.id()).orElseThrow();
        });
    }

    private BigDecimal equity(PaperAccount account) {
        BigDecimal equity = account.cash();
        for (Holding holding : account.holdings()) {
            if (holding.quantity().signum() != 0) {
                // Without a quote the holding counts at its entry price rather than not at all.
                BigDecimal mark = currentQuote(holding.symbol()).map(Quote::mid).orElse(holding.averageEntry());
                equity = equity.add(holding.valueAt(mark));
            }
        }
        return equity.setScale(2, RoundingMode.HALF_UP);
    }

    /** Empty while the feed has no price for the symbol: orders rest until it has one. */
    private Optional<Quote> currentQuote(String symbol) {
        try {
            return Optional.of(quotes.quote(symbol));
        } catch (QuoteUnavailableException e) {
            return Optional.empty();
        }
    }

    private String today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
    }
}
