package org.tradeexecutor.platform.control;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The MongoDB-wire-compatible store the app runs on when no MONGODB_URI is given: mongo-java-server with its H2
 * MVStore backend, bound to a free loopback port and persisted in one file under the data directory.
 */
public final class EmbeddedMongoStore implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedMongoStore.class.getName());
    /** A large page cache turns the store's full scans from ~40 µs to ~1 µs per document (STACK.md). */
    private static final int CACHE_MEGABYTES = 256;
    /**
     * Commands run on these threads and a write waits there for its commit, so they bound how many writes can share
     * one commit (Netty's default is two per core).
     */
    private static final int WORKER_THREADS = 32;

    /** Bulk loading commits every ten seconds: each commit rewrites the pages it touched, the rest is garbage to compact. */
    private static final int BULK_COMMIT_MILLIS = 10_000;

    private final H2Backend backend;
    private final MongoServer server;
    private final InetSocketAddress address;
    /** A bulk load's store is compacted when closed. */
    private final boolean compactOnClose;
    private final Path file;

    private EmbeddedMongoStore(H2Backend backend, MongoServer server, InetSocketAddress address, boolean compactOnClose, Path file) {
        this.file = file;
        this.compactOnClose = compactOnClose;
        this.backend = backend;
        this.server = server;
        this.address = address;
    }

    /** Opens (or creates) the store file {@code dataDir/store.mv.db} and listens on 127.0.0.1:{@code port} (0 = any free port). */
    public static EmbeddedMongoStore open(Path dataDir, int port) {
        return open(dataDir, port, false);
    }

    /**
     * For loading many documents with nothing else using the store (a benchmark's seed): it commits every ten seconds
     * instead of after every write, which at a million documents is the difference between minutes and an hour; a
     * crash meanwhile loses the last seconds. {@link #close()} commits the rest and compacts the file.
     */
    public static EmbeddedMongoStore openForBulkLoad(Path dataDir) {
        return open(dataDir, 0, true);
    }

    private static EmbeddedMongoStore open(Path dataDir, int port, boolean bulkLoad) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve("store.mv.db");
        MVStore mvStore = new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MEGABYTES).open();
        if (bulkLoad) {
            mvStore.setAutoCommitDelay(BULK_COMMIT_MILLIS);
        }
        H2Backend backend = bulkLoad ? new H2Backend(mvStore) : new DurableH2Backend(mvStore);
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKER_THREADS);
        InetSocketAddress address = server.getLocalAddress();
        LOG.info(() -> "Embedded store listening on " + address + ", persisted in " + file.toAbsolutePath());
        return new EmbeddedMongoStore(backend, server, address, bulkLoad, file);
    }

    /**
     * Serves the store on its own, so that several local instances share one (scripts/deploy on the embedded default):
     * {@code EmbeddedMongoStore DATA_DIR PORT}. It runs until stopped; a stop commits and closes the file.
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2 || !args[1].matches("\\d{1,5}")) {
            System.err.println("Usage: EmbeddedMongoStore DATA_DIR PORT");
            System.exit(2);
        }
        EmbeddedMongoStore store = open(Path.of(args[0]), Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "store-close"));
        System.out.println("Embedded store serving " + store.connectionString() + " from " + Path.of(args[0]).toAbsolutePath());
        Thread.currentThread().join();
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    /** Writes everything to disk now (the backend also commits on its own about once a second). */
    public void flush() {
        backend.commit();
    }

    @Override
    public void close() {
        server.shutdown(); // commits and closes the file
        if (compactOnClose) {
            // Copying the live pages into a new file takes seconds where compacting in place takes many minutes.
            MVStoreTool.compact(file.toString(), false);
        }
        LOG.info("Embedded store closed");
    }
}
