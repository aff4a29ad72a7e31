package org.tradeexecutor.platform.control;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads {@code config/application.properties} and then {@code config/<APP_PROFILE>.properties} (e.g. staging,
 * production) from the working directory, or from CONFIG_DIR. Its ordinal (250) sits below environment variables
 * (300) and system properties (400), so either overrides a file; the files override the built-in defaults (100).
 */
public class ConfigDirectorySource implements ConfigSource {

    private static final int ORDINAL = 250;

    private final Map<String, String> properties;

    public ConfigDirectorySource() {
        Path directory = Path.of(setting("CONFIG_DIR", "config"));
        Map<String, String> merged = new HashMap<>(read(directory.resolve("application.properties")));
        String profile = setting("APP_PROFILE", "");
        if (!profile.isBlank()) {
            merged.putAll(read(directory.resolve(profile + ".properties")));
        }
        properties = Map.copyOf(merged);
    }

    private static String setting(String key, String fallback) {
        String value = System.getProperty(key, System.getenv(key));
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read configuration file " + file.toAbsolutePath(), e);
        }
        Map<String, String> values = new HashMap<>();
        loaded.stringPropertyNames().forEach(name -> values.put(name, loaded.getProperty(name)));
        return values;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "config-directory";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
