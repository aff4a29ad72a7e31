package org.tradeexecutor.platform.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigDirectorySourceTest {

    @AfterEach
    void clear() {
        System.clearProperty("CONFIG_DIR");
        System.clearProperty("APP_PROFILE");
    }

    @Test
    void theProfileFileOverridesTheApplicationFile(@TempDir Path config) throws IOException {
        Files.writeString(config.resolve("application.properties"), "ENABLE_DUAL_DASHBOARDS=true\nDUAL_DASHBOARD_ROLLOUT_PERCENTAGE=100\n");
        Files.writeString(config.resolve("production.properties"), "DUAL_DASHBOARD_ROLLOUT_PERCENTAGE=10\n");
        System.setProperty("CONFIG_DIR", config.toString());
        System.setProperty("APP_PROFILE", "production");

        ConfigDirectorySource source = new ConfigDirectorySource();

        assertEquals("10", source.getValue("DUAL_DASHBOARD_ROLLOUT_PERCENTAGE"));
        assertEquals("true", source.getValue("ENABLE_DUAL_DASHBOARDS"));
    }

    @Test
    void withoutAProfileOnlyTheApplicationFileIsRead(@TempDir Path config) throws IOException {
        Files.writeString(config.resolve("application.properties"), "DEMO_PASSWORD=from-file\n");
        Files.writeString(config.resolve("production.properties"), "DEMO_MODE=false\n");
        System.setProperty("CONFIG_DIR", config.toString());

        ConfigDirectorySource source = new ConfigDirectorySource();

        assertEquals("from-file", source.getValue("DEMO_PASSWORD"));
        assertNull(source.getValue("DEMO_MODE"));
    }

    @Test
    void aMissingDirectoryIsNoError(@TempDir Path nowhere) {
        System.setProperty("CONFIG_DIR", nowhere.resolve("absent").toString());
        assertTrue(new ConfigDirectorySource().getPropertyNames().isEmpty());
    }

    @Test
    void environmentVariablesAndSystemPropertiesOutrankTheFiles() {
        // MicroProfile Config: system properties 400, environment variables 300, built-in defaults 100.
        int ordinal = new ConfigDirectorySource().getOrdinal();
        assertTrue(ordinal < 300 && ordinal > 100, "ordinal " + ordinal);
    }
}
