package org.tradeexecutor.analytics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.analytics.entity.ChartBucket;
import org.tradeexecutor.analytics.entity.ChartPeriod;
import org.tradeexecutor.analytics.entity.Performance;
import org.tradeexecutor.analytics.entity.PerformancePoint;
import org.tradeexecutor.analytics.entity.TraderSummary;
import org.tradeexecutor.execution.control.BrokerConnections;
import org.tradeexecutor.portfolio.control.TraderPositions;
import org.tradeexecutor.portfolio.entity.PositionView;
import org.tradeexecutor.subscriptions.control.Subscriptions;
import org.tradeexecutor.subscriptions.entity.Subscription;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A trader's summary (PRODUCT P1) and performance chart (P3), from the trader's ledger and open positions. */
@ApplicationScoped
public class TraderAnalytics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    TradeLedgers ledgers;

    @Inject
    TraderPositions positions;

    @Inject
    BrokerConnections connections;

    @Inject
    Subscriptions subscriptions;

    @Inject
    FollowCounters counters;

    @Inject
    Clock clock;

    /** Every closed trade on money, and the realised total per symbol. */
    private record MoneyRecord(TradeStatistics statistics, BigDecimal total, String bestSymbol, String worstSymbol) {
    }

    public TraderSummary summary(String userId, ZoneId zone) {
        TradeLedger ledger = ledgers.ofUser(userId);
        MoneyRecord record = moneyRecord(ledger);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        BigDecimal realisedToday = realisedSince(ledger, today, zone);
        BigDecimal realisedWeek = realisedSince(ledger, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), zone);
        BigDecimal realisedMonth = realisedSince(ledger, today.withDayOfMonth(1), zone);
        List<PositionView> open = positions.open(userId);
        BigDecimal unrealised = unrealised(open);
        BigDecimal exposure = open.stream().map(PositionView::marketValue).filter(Objects::nonNull).map(BigDecimal::abs)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal equity = connections.accountOf(userId).equity();
        BigDecimal exposurePercent = equity == null || equity.signum() <= 0 ? null
                : TradeStatistics.round(exposure.multiply(HUNDRED).divide(equity, MathContext.DECIMAL64));
        List<String> followed = subscriptions.of(userId).stream().filter(Subscription::isActive).map(Subscription::getProviderId).toList();
        long entrySignals = 0;
        long entriesFilled = 0;
        for (FollowCounters.SinceFollowing since : counters.sinceFollowing(userId, followed)) {
            entrySignals += since.entrySignals();
            entriesFilled += since.entriesFilled();
        }
        BigDecimal executionRate = entrySignals == 0 ? null
                : TradeStatistics.round(BigDecimal.valueOf(Math.min(entriesFilled, entrySignals)).divide(BigDecimal.valueOf(entrySignals), MathContext.DECIMAL64));
        TradeStatistics s = record.statistics();
        return new TraderSummary(money(realisedToday), money(realisedWeek), money(realisedMonth), money(record.total()), money(unrealised),
                money(realisedToday.add(unrealised)), money(realisedWeek.add(unrealised)), money(realisedMonth.add(unrealised)),
                money(record.total().add(unrealised)), s.trades(), s.wins(), s.losses(), s.winRate(), s.profitFactor(),
                s.expectancy() == null ? null : money(s.expectancy()), exposurePercent, executionRate, followed.size(),
                record.bestSymbol(), record.worstSymbol());
    }

    public Performance performance(String userId, ZoneId zone, ChartPeriod period, ChartBucket bucket) {
        TradeLedger ledger = ledgers.ofUser(userId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first;
        if (period == ChartPeriod.ALL) {
            first = ledger.size() == 0 ? today : LocalDate.ofInstant(Instant.ofEpochMilli(ledger.closedAt(0)), zone);
        } else {
            first = today.minusDays(period.days() - 1L);
        }
        // The balance the drawdown is measured on: the equity before any trade plus everything realised since.
        MoneyRecord record = moneyRecord(ledger);
        BigDecimal unrealised = unrealised(positions.open(userId));
        BigDecimal equity = connections.accountOf(userId).equity();
        BigDecimal balance = equity == null ? null : equity.subtract(record.total()).subtract(unrealised);
        int row = 0;
        BigDecimal high = balance;
        List<PerformancePoint> points = new ArrayList<>();
        LocalDate start = bucket.startOf(first);
        long periodStart = first.atStartOfDay(zone).toInstant().toEpochMilli();
        BigDecimal cumulative = BigDecimal.ZERO;
        while (!start.isAfter(today)) {
            long to = bucket.next(start).atStartOfDay(zone).toInstant().toEpochMilli();
            BigDecimal pnl = BigDecimal.ZERO;
            int trades = 0;
            int wins = 0;
            for (; row < ledger.size() && ledger.closedAt(row) < to; row++) {
                if (balance != null) {
                    balance = balance.add(ledger.pnl(row));
                    high = high.max(balance);
                }
                if (ledger.closedAt(row) >= periodStart) {
                    pnl = pnl.add(ledger.pnl(row));
                    trades++;
                    wins += ledger.outcome(row) > 0 ? 1 : 0;
                }
            }
            cumulative = cumulative.add(pnl);
            BigDecimal drawdown = balance == null || high.signum() <= 0 ? null
                    : TradeStatistics.round(high.subtract(balance).multiply(HUNDRED).divide(high, MathContext.DECIMAL64));
            points.add(new PerformancePoint(start.atStartOfDay(zone).toInstant(), money(pnl), money(cumulative), trades, wins, drawdown));
            start = bucket.next(start);
        }
        return new Performance(period.label(), bucket.label(), points);
    }

    private static BigDecimal unrealised(List<PositionView> open) {
        return open.stream().map(PositionView::unrealisedPnl).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal realisedSince(TradeLedger ledger, LocalDate day, ZoneId zone) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = ledger.firstClosedFrom(day.atStartOfDay(zone).toInstant().toEpochMilli()); i < ledger.size(); i++) {
            sum = sum.add(ledger.pnl(i));
        }
        return sum;
    }

    private static MoneyRecord moneyRecord(TradeLedger ledger) {
        return ledger.derived("money", () -> {
            List<TradeStatistics.Outcome> outcomes = new ArrayList<>(ledger.size());
            Map<String, BigDecimal> bySymbol = new HashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < ledger.size(); i++) {
                outcomes.add(new TradeStatistics.Outcome(ledger.outcome(i), ledger.pnl(i)));
                total = total.add(ledger.pnl(i));
                bySymbol.merge(ledger.symbol(i), ledger.pnl(i), BigDecimal::add);
            }
            String best = bySymbol.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            String worst = bySymbol.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            return new MoneyRecord(TradeStatistics.of(outcomes), total, best, worst);
        });
    }

    /** Money as the API shows it: cents, or finer where the trade was (crypto). */
    static BigDecimal money(BigDecimal value) {
        BigDecimal scaled = value.scale() > 8 ? value.setScale(8, RoundingMode.HALF_UP) : value;
        BigDecimal stripped = scaled.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
