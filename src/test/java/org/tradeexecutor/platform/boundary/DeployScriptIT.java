package org.tradeexecutor.platform.boundary;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tradeexecutor.rollout.control.RolloutBucket;
import org.tradeexecutor.support.ServerProcess;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PRODUCT O4: {@code scripts/deploy} end to end on this host, as an operator runs it — the demo environment on the
 * script's own shared embedded store, two clustered Payara Micro instances: deploy at 10 %, deploy at 50 % (a rolling
 * restart: one instance always serves), roll back, stop. Every answer is checked against the instances themselves
 * and the store, not only against what the script says.
 */
class DeployScriptIT {

    private static final Pattern REPORT = Pattern.compile("Report: (\\S+)");

    private final int basePort = ServerProcess.freeLocalPorts(2);
    private final int gridPort = ServerProcess.freeLocalPorts(2);
    private final int storePort = ServerProcess.freeLocalPort();
    private final Path state = Path.of("target", "deploy-it-" + Long.toString(System.nanoTime(), 36)).toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stopWhateverIsLeft() throws IOException {
        run("demo", "--stop");
        if (Files.isDirectory(state.resolve("releases"))) { // the copies of the WAR; the logs and reports stay
            try (var releases = Files.list(state.resolve("releases"))) {
                for (Path release : releases.toList()) {
                    Files.delete(release);
                }
            }
        }
    }

    @Test
    void deployTenThenFiftyRollingThenRollBackThenStop() throws Exception {
        Outcome first = run("demo", "10", "--instances", "2", "--skip-tests");
        assertEquals(0, first.exit, first.output);
        assertTrue(first.report.contains("Outcome: every check passed"), first.report);
        assertTrue(first.report.contains("| instance 1 started with") && first.report.contains("| instance 2 started with"), first.report);
        assertTrue(first.report.contains("| indexes (scripts/create-indexes demo"), first.report);
        assertTrue(first.report.contains("| tests | skipped | --skip-tests |"), first.report);
        assertTrue(Files.readString(state.resolve("instance-2.log")).contains("shared with the cluster's 2 member(s)"), "one cluster");
        assertRollout(true, 10, first.report);

        List<String> before = pids();
        AtomicBoolean rolling = new AtomicBoolean(true);
        AtomicInteger samples = new AtomicInteger();
        List<String> outages = new ArrayList<>();
        Thread watcher = new Thread(() -> {
            while (rolling.get()) {
                if (!ready(0) && !ready(1)) {
                    outages.add(Instant.now().toString());
                }
                samples.incrementAndGet();
                ServerProcess.pause(200);
            }
        });
        watcher.start();
        Outcome second = run("demo", "50", "--skip-tests");
        rolling.set(false);
        watcher.join();
        assertEquals(0, second.exit, second.output);
        assertTrue(second.report.contains("| instance 1 rolled to") && second.report.contains("| instance 2 rolled to"), second.report);
        List<String> after = pids();
        assertNotEquals(before.get(0), after.get(0), "instance 1 was restarted");
        assertNotEquals(before.get(1), after.get(1), "instance 2 was restarted");
        assertTrue(samples.get() > 50, "watched the whole roll: " + samples.get());
        assertEquals(List.of(), outages, "one instance at a time: the other always answered ready");
        assertFalse(second.report.contains("killed"), "every old instance stopped on SIGTERM: " + second.report);
        assertRollout(true, 50, second.report);

        Outcome rollback = run("demo", "--rollback");
        assertEquals(0, rollback.exit, rollback.output);
        assertTrue(rollback.seconds < 10, "a rollback takes seconds: " + rollback.seconds);
        assertRollout(false, 50, rollback.report);
        assertEquals(after, pids(), "no restart");

        Outcome stop = run("demo", "--stop");
        assertEquals(0, stop.exit, stop.output);
        assertTrue(stop.report.contains("| instance 1 stopped (SIGTERM, graceful) | ok")
                && stop.report.contains("| instance 2 stopped (SIGTERM, graceful) | ok"), stop.report);
        assertFalse(ready(0) || ready(1), "both instances are gone");
        assertFalse(Files.exists(state.resolve("store.pid")), "and the demo store");
        assertTrue(Files.readString(state.resolve("instance-1.log")).contains("Stopped gracefully"));
    }

    @Test
    void preChecksRefuseBeforeAnythingStarts() {
        Outcome production = run("production", "10", "--skip-tests");
        assertEquals(1, production.exit, production.output);
        for (String setting : List.of("MONGODB_URI", "ENCRYPTION_KEY", "BROKER_CREDENTIALS_KEY")) {
            assertTrue(production.report.contains("| setting " + setting + " | FAILED | required for production"), production.report);
        }
        assertFalse(Files.exists(state.resolve("instance-1.pid")), "nothing started");

        Outcome badKey = run("production", "10", "--skip-tests", "MONGODB_URI=mongodb://127.0.0.1:1/x", "ENCRYPTION_KEY=short",
                "BROKER_CREDENTIALS_KEY=" + Base64.getEncoder().encodeToString(new byte[32]), "DEPLOY_ADMIN_TOKEN=dte_x");
        assertEquals(1, badKey.exit, badKey.output);
        assertTrue(badKey.report.contains("| setting ENCRYPTION_KEY | FAILED | not the base64 of 32 bytes"), badKey.report);
        assertTrue(badKey.report.contains("| setting BROKER_CREDENTIALS_KEY | ok"), badKey.report);

        assertEquals(2, run("demo", "150").exit, "a percentage over 100");
        assertEquals(2, run("demo", "10", "--instances", "zero").exit);
        Outcome nothingRunning = run("demo", "--rollback");
        assertEquals(1, nothingRunning.exit);
        assertTrue(nothingRunning.report.contains("no instance of demo is running"), nothingRunning.report);
    }

    /** Every instance answers the setting, and the users counted in are those whose bucket the percentage covers. */
    private void assertRollout(boolean enabled, int percentage, String report) throws Exception {
        long in;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + storePort)) {
            in = StreamSupport.stream(client.getDatabase("trade_executor").getCollection("users").find().spliterator(), false)
                    .map(user -> user.getString("_id")).filter(id -> enabled && RolloutBucket.enabled(id, percentage)).count();
        }
        for (int instance = 0; instance < 2; instance++) {
            HttpResponse<String> flags = http.send(HttpRequest.newBuilder(uri(instance, "/api/admin/feature-flags"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, flags.statusCode(), flags.body());
            JsonObject dual = Json.createReader(new StringReader(flags.body())).readObject().getJsonObject("dualDashboard");
            assertEquals(enabled, dual.getBoolean("enabled"), flags.body());
            assertEquals(percentage, dual.getInt("rolloutPercentage"), flags.body());
            assertEquals(in, dual.getJsonNumber("usersIn").longValue(), "users in, recounted from the store: " + flags.body());
            assertEquals("override", dual.getString("source"), "set at run time, not by a restart");
        }
        assertTrue(report.contains("at " + percentage + " %; users in " + in), report);
    }

    private boolean ready(int instance) {
        try {
            return http.send(HttpRequest.newBuilder(uri(instance, "/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException down) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private URI uri(int instance, String path) {
        return URI.create("http://127.0.0.1:" + (basePort + instance) + path);
    }

    private List<String> pids() throws IOException {
        return List.of(Files.readString(state.resolve("instance-1.pid")).trim(), Files.readString(state.resolve("instance-2.pid")).trim());
    }

    record Outcome(int exit, String output, String report, double seconds) {
    }

    /** Runs the script with this test's ports and state directory; arguments with '=' are environment settings. */
    private Outcome run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", "scripts/deploy"));
        Map<String, String> environment = new HashMap<>(Map.of("DEPLOY_DIR", state.toString(), "DEPLOY_BASE_PORT", Integer.toString(basePort),
                "DEPLOY_GRID_PORT", Integer.toString(gridPort), "DEPLOY_STORE_PORT", Integer.toString(storePort),
                "PASSWORD_HASH_ITERATIONS", "10000", "QUOTES_VOLATILITY_PERCENT", "0", "DEPLOY_JAVA_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1"));
        for (String argument : arguments) {
            if (argument.contains("=")) {
                environment.put(argument.substring(0, argument.indexOf('=')), argument.substring(argument.indexOf('=') + 1));
            } else {
                command.add(argument);
            }
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("MONGODB_URI", "ENCRYPTION_KEY", "BROKER_CREDENTIALS_KEY", "DEPLOY_ADMIN_TOKEN"));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("scripts/deploy did not end: " + output);
            }
            Matcher report = REPORT.matcher(output);
            String text = report.find() ? Files.readString(Path.of(report.group(1))) : "";
            return new Outcome(process.exitValue(), output, text, (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
