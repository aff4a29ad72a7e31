package org.tradeexecutor.platform.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogCorrelationTest {

    @Test
    void everyLineWrittenWithinAnIdCarriesItOnceAndOthersNone() {
        List<String> lines = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record)) {
                    lines.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        LogCorrelation correlation = new LogCorrelation();
        correlation.install(null);
        try {
            Logger logger = Logger.getLogger("org.tradeexecutor.test");
            CorrelationIds.within("abc123", () -> logger.log(Level.INFO, "filled"));
            logger.info("outside");
            try (CorrelationIds.Scope outer = CorrelationIds.open("outer")) {
                CorrelationIds.within("inner", () -> logger.info("nested"));
                logger.info("back");
            }
        } finally {
            correlation.uninstall();
            root.removeHandler(handler);
        }
        assertEquals(List.of("[request abc123] filled", "outside", "[request inner] nested", "[request outer] back"), lines);
        assertEquals(false, CorrelationIds.current().isPresent());
    }
}
