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

/**
 * The trade history as CSV (RFC 4180 quoting, UTF-8, a header row, ISO-8601 UTC times), streamed from the trader's
 * ledger (exact, as booked; no trade is read from the store). A text cell a spreadsheet would take for a formula (it starts with = + - @, a tab or a carriage return) is
 * written with a leading apostrophe; numbers are ours and stay numbers.
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
            csv.printRecord(Instant.ofEpochMilli(l.closedAt(row)).toString(), Instant.ofEpochMilli(l.openedAt(row)).toString(), text(l.symbol(row)),
                    l.direction(row), plain(l.quantity(row)), plain(l.entryPrice(row)), plain(l.exitPrice(row)), plain(l.fees(row)),
                    plain(l.pnl(row)), plain(l.pnlPercent(row)), l.holdSeconds(row), text(l.providerId(row)), text(provider), text(l.tradeId(row)));
        }
        csv.flush();
    }

    /** A cell a spreadsheet would run as a formula gets an apostrophe in front (OWASP's CSV injection advice). */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
