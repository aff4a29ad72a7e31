package org.tradeexecutor.analytics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tradeexecutor.analytics.control.TradeHistory;
import org.tradeexecutor.analytics.control.TradeLedger;
import org.tradeexecutor.analytics.entity.TradeFilter;
import org.tradeexecutor.analytics.entity.TradeSort;
import org.tradeexecutor.signals.control.Providers;
import org.tradeexecutor.signals.entity.Provider;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.tradeexecutor.platform.entity.SpreadsheetText.cell;

/**
 * The trade history as CSV (RFC 4180 quoting, UTF-8, a header row, ISO-8601 UTC times), streamed from the trader's
 * ledger (exact, as booked; no trade is read from the store). Text cells go through {@link org.tradeexecutor.platform.entity.SpreadsheetText};
 * numbers are ours and stay numbers.
 */
@ApplicationScoped
public class TradeCsv {

    static final String[] HEADER = {"closedAt", "openedAt", "symbol", "direction", "quantity", "entryPrice", "exitPrice", "fees", "pnl",
            "pnlPercent", "holdSeconds", "providerId", "provider", "tradeId"};

    @Inject
    TradeHistory history;

    @Inject
    Providers providers;

    public void write(String userId, TradeFilter filter, TradeSort sort, OutputStream out) throws IOException {
        Map<String, String> names = new HashMap<>();
        CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024),
                CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        TradeHistory.Rows rows = history.rows(userId, filter, sort);
        TradeLedger l = rows.ledger();
        for (int row : rows.rows()) {
            String provider = names.computeIfAbsent(l.providerId(row), id -> providers.find(id).map(Provider::getName).orElse(""));
            csv.printRecord(Instant.ofEpochMilli(l.closedAt(row)).toString(), Instant.ofEpochMilli(l.openedAt(row)).toString(), cell(l.symbol(row)),
                    l.direction(row), plain(l.quantity(row)), plain(l.entryPrice(row)), plain(l.exitPrice(row)), plain(l.fees(row)),
                    plain(l.pnl(row)), plain(l.pnlPercent(row)), l.holdSeconds(row), cell(l.providerId(row)), cell(provider), cell(l.tradeId(row)));
        }
        csv.flush();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
