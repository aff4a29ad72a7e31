package org.tradeexecutor.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.tradeexecutor.support.ServerProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The container image of {@code mvn -Pimage package}, as built before the ITs on an empty base
 * ({@code target/image-layout.tar}: no registry is reachable here for the JRE base). Its configuration is read from
 * the OCI layout, its layers are unpacked, and its entrypoint is run as the image's unprivileged user (when the test
 * may switch users) with this machine's Java standing in for the base image's: the application must start from the
 * image's files alone, read-only to it, and serve.
 */
class ContainerImageIT {

    private static final Path IMAGE = Path.of("target", "image-layout.tar");
    private static final String UNPRIVILEGED = "10001:10001";

    @Test
    void theImageRunsTheApplicationAsAnUnprivilegedUserFromItsOwnFiles() throws Exception {
        Path unpacked = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "image-check-");
        Files.setPosixFilePermissions(unpacked, PosixFilePermissions.fromString("rwxr-xr-x")); // the image's user passes through
        try {
            unpackAndServe(unpacked);
        } finally {
            run(unpacked.getParent(), "rm", "-rf", unpacked.toString()); // a quarter of a gigabyte; the server's log is kept
        }
    }

    private void unpackAndServe(Path unpacked) throws Exception {
        run(unpacked, "tar", "-xf", IMAGE.toAbsolutePath().toString());
        JsonObject manifest = blob(unpacked, index(unpacked));
        JsonObject config = blob(unpacked, manifest.getJsonObject("config").getString("digest")).getJsonObject("config");

        assertEquals(UNPRIVILEGED, config.getString("User"), "never root");
        assertTrue(config.getJsonObject("ExposedPorts").containsKey("8080/tcp"));
        assertEquals("/opt/dte", config.getString("WorkingDir"));
        List<String> entrypoint = config.getJsonArray("Entrypoint").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertEquals("java", entrypoint.get(0));
        assertTrue(config.getJsonArray("Env").getValuesAs(JsonString.class).stream().anyMatch(e -> e.getString().equals("DATA_DIR=/tmp/dte-data")));

        Path root = unpacked.resolve("rootfs");
        Files.createDirectories(root);
        List<JsonObject> layers = manifest.getJsonArray("layers").getValuesAs(JsonObject.class);
        assertTrue(layers.size() >= 4, "the runtime, libraries, resources and classes change at different rates: " + layers.size() + " layers");
        for (JsonObject layer : layers) {
            run(root, "tar", "-xzf", digestPath(unpacked, layer.getString("digest")).toString());
        }
        for (String file : List.of("opt/dte/payara-micro.jar", "opt/dte/config/production.properties",
                "opt/dte/app/WEB-INF/classes/org/tradeexecutor/platform/control/GracefulStop.class")) {
            assertTrue(Files.isRegularFile(root.resolve(file)), file + " is in the image");
        }

        int port = ServerProcess.freeLocalPort();
        Path data = Files.createTempDirectory(unpacked, "volume-");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx")); // a volume the user may write
        try (Served served = serve(root, entrypoint, port, data)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
            assertTrue(served.awaitReady(http), "ready; see " + served.log);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri(port, "/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());
            assertFalse(login.body().contains("discordSignIn"), "no Discord button while DISCORD_CLIENT_ID is not set");
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(uri(port, "/api/me"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("trader:demo".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, me.statusCode(), "the demo data of the embedded default: " + me.body());
            assertTrue(Files.isRegularFile(data.resolve("store.mv.db")), "the store is kept on the volume");
        }
    }

    /** The image's entrypoint with the unpacked root in front of its paths, this machine's Java, its own port and no data grid. */
    private static Served serve(Path root, List<String> entrypoint, int port, Path data) throws IOException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("setpriv", "--reuid=10001", "--regid=10001", "--clear-groups"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (int i = 1; i < entrypoint.size(); i++) {
            String argument = entrypoint.get(i);
            boolean portValue = entrypoint.get(i - 1).equals("--port");
            command.add(portValue ? Integer.toString(port) : argument.startsWith("/opt/") ? root + argument : argument);
        }
        command.addAll(List.of("--nohazelcast", "--nocluster"));
        Path log = Path.of("target", "image-check.log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.resolve("opt/dte").toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DATA_DIR", data.toString());
        builder.environment().put("PASSWORD_HASH_ITERATIONS", "10000");
        return new Served(builder.start(), port, log);
    }

    record Served(Process process, int port, Path log) implements AutoCloseable {

        boolean awaitReady(HttpClient http) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 180_000;
            while (System.currentTimeMillis() < deadline && process.isAlive()) {
                try {
                    if (http.send(HttpRequest.newBuilder(uri(port, "/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return true;
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                }
                ServerProcess.pause(250);
            }
            return false;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String index(Path layout) throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(layout.resolve("index.json")))) {
            return reader.readObject().getJsonArray("manifests").getJsonObject(0).getString("digest");
        }
    }

    private static JsonObject blob(Path layout, String digest) throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(digestPath(layout, digest)))) {
            return reader.readObject();
        }
    }

    private static Path digestPath(Path layout, String digest) {
        return layout.resolve("blobs").resolve(digest.replace(':', '/'));
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void run(Path directory, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
