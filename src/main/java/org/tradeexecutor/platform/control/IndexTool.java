package org.tradeexecutor.platform.control;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import org.tradeexecutor.platform.entity.IndexDefinition;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code scripts/create-indexes ENV}: creates every index the components declare in the environment's database,
 * idempotently, then lists and verifies them. The database is {@code MONGODB_URI} from the environment, else from
 * {@code config/ENV.properties}. Exit 0 when every index is as declared, 1 when one is missing or different, 2 when
 * the environment names no database.
 */
public final class IndexTool {

    private IndexTool() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || args[0].isBlank() || args[0].startsWith("-")) {
            System.err.println("Usage: scripts/create-indexes ENV   (ENV names config/ENV.properties; MONGODB_URI in the environment wins)");
            System.exit(2);
        }
        String environment = args[0];
        Optional<String> uri = setting(environment, "MONGODB_URI");
        if (uri.isEmpty()) {
            System.err.println("No MONGODB_URI for " + environment + " (environment or config/" + environment + ".properties). "
                    + "The embedded store of scripts/run creates its indexes itself at start.");
            System.exit(2);
        }
        ConnectionString connection = new ConnectionString(uri.get());
        String databaseName = Optional.ofNullable(connection.getDatabase()).or(() -> setting(environment, "MONGODB_DATABASE")).orElse("trade_executor");
        List<IndexDefinition> declared = IndexInstaller.sorted(declared());
        try (MongoClient client = MongoClients.create(connection)) {
            MongoDatabase database = client.getDatabase(databaseName);
            List<String> problems = IndexInstaller.install(database, declared);
            System.out.println("Indexes of " + databaseName + " on " + connection.getHosts() + " (" + environment + "):");
            for (IndexDefinition index : declared) {
                System.out.printf("  %-28s %-28s %s%s%s%n", index.collection(), index.name(), index.keys().toJson(), index.unique() ? " unique" : "",
                        index.expireAfter().map(ttl -> " expires after " + ttl.toSeconds() + " s").orElse(""));
            }
            if (problems.isEmpty()) {
                System.out.println("All " + declared.size() + " indexes are in place as declared.");
                System.exit(0);
            }
            problems.forEach(problem -> System.out.println("NOT AS DECLARED: " + problem));
            System.exit(1);
        }
    }

    /** Every index of every component's {@code IndexCatalog}, found on the class path like CDI would find the beans. */
    static List<IndexDefinition> declared() {
        List<IndexDefinition> indexes = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().acceptPackages(ApplicationClassScanner.ROOT_PACKAGE).scan()) {
            for (Class<?> catalog : scan.getClassesImplementing(IndexCatalog.class).loadClasses()) {
                try {
                    indexes.addAll(((IndexCatalog) catalog.getDeclaredConstructor().newInstance()).indexes());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot make " + catalog.getName(), e);
                }
            }
        }
        return indexes;
    }

    private static Optional<String> setting(String environment, String key) {
        Optional<String> fromEnvironment = Optional.ofNullable(System.getenv(key)).filter(v -> !v.isBlank());
        if (fromEnvironment.isPresent()) {
            return fromEnvironment;
        }
        Path file = Path.of(Optional.ofNullable(System.getenv("CONFIG_DIR")).orElse("config"), environment + ".properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        return Optional.ofNullable(properties.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
