package org.tradeexecutor.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tradeexecutor.audit.control.AuditTrail;
import org.tradeexecutor.audit.entity.AuditQuery;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.tradeexecutor.platform.entity.SpreadsheetText.cell;

/** The audit log as CSV (RFC 4180, UTF-8, a header row, ISO-8601 UTC times), newest first, streamed as it is read. */
@ApplicationScoped
public class AuditCsv {

    static final String[] HEADER = {"timestamp", "action", "outcome", "username", "userId", "communityId", "resource", "detail", "before", "after",
            "ipAddress", "userAgent", "id"};

    @Inject
    AuditTrail trail;

    public void write(AuditQuery query, OutputStream out) throws IOException {
        CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024),
                CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        try {
            trail.forEach(query, e -> {
                try {
                    csv.printRecord(e.timestamp() == null ? "" : e.timestamp().toString(), cell(e.action()), e.outcome() == null ? "" : e.outcome().name(),
                            cell(e.username()), cell(e.userId()), cell(e.communityId()), cell(e.resource()), cell(e.detail()), cell(e.before()),
                            cell(e.after()), cell(e.ipAddress()), cell(e.userAgent()), cell(e.id()));
                } catch (IOException writing) {
                    throw new UncheckedIOException(writing);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }
}
