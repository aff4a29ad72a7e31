package org.tradeexecutor.platform.control;

import org.eclipse.microprofile.config.Config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the data lives: an external MongoDB (MONGODB_URI) or the embedded store under DATA_DIR.
 *
 * @param mongoUri      the external server, empty for the embedded default
 * @param dataDirectory where the embedded store keeps its file
 * @param databaseName  the database to use when the URI names none
 * @param embeddedPort  the loopback port of the embedded store, 0 for any free one
 */
public record DatabaseSettings(Optional<String> mongoUri, Path dataDirectory, String databaseName, int embeddedPort) {

    public static DatabaseSettings from(Config config) {
        Optional<String> uri = config.getOptionalValue("MONGODB_URI", String.class).map(String::trim).filter(s -> !s.isEmpty());
        Path dataDir = Path.of(config.getOptionalValue("DATA_DIR", String.class).orElse("data"));
        String database = config.getOptionalValue("MONGODB_DATABASE", String.class).orElse("trade_executor");
        int port = config.getOptionalValue("EMBEDDED_STORE_PORT", Integer.class).orElse(0);
        return new DatabaseSettings(uri, dataDir, database, port);
    }

    public boolean embedded() {
        return mongoUri.isEmpty();
    }
}
