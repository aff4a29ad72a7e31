package org.tradeexecutor.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The integration tests' own MongoDB-wire store, started before any test (and so before Arquillian starts Payara
 * Micro, which is pointed at it with MONGODB_URI). Tests read and write it through the real MongoDB driver, and may
 * stop and restart it to see the application's readiness follow. Only active where failsafe set it.store.port.
 */
public class TestStore implements LauncherSessionListener {

    public static final String DATABASE = "trade_executor_it";

    private static MongoServer server;
    private static MongoClient client;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (port() > 0 && server == null) {
            wipe();
            start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (client != null) {
            client.close();
        }
        stop();
    }

    public static MongoDatabase database() {
        return database(DATABASE);
    }

    /** Another database in the same store, for a server of a test's own (see {@link ServerProcess}). */
    public static synchronized MongoDatabase database(String name) {
        if (client == null) {
            client = MongoClients.create(uri(""));
        }
        return client.getDatabase(name);
    }

    /** The connection string of a database in this store, as MONGODB_URI. */
    public static String uri(String databaseName) {
        return "mongodb://127.0.0.1:" + port() + "/" + databaseName;
    }

    /** Starts (or restarts) the store on the reserved port, on the same file. */
    public static synchronized void start() {
        try {
            Files.createDirectories(directory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = new MongoServer(new H2Backend(directory().resolve("store.mv.db").toString()));
        server.bind("127.0.0.1", port());
    }

    /** Stops the store as an outage would: the port closes and the application loses its database. */
    public static synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    private static void wipe() {
        if (Files.isDirectory(directory())) {
            try (Stream<Path> files = Files.walk(directory())) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int port() {
        return Integer.parseInt(System.getProperty("it.store.port", "0"));
    }

    private static Path directory() {
        return Path.of(System.getProperty("it.store.dir", "target/it-store"));
    }
}
