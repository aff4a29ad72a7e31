package org.tradeexecutor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application in a Payara Micro process of a test's own (the same payara-micro.jar and WAR Arquillian uses), for
 * tests that must kill the server with SIGKILL and start it again. Its output goes to target/&lt;name&gt;.log.
 */
public final class ServerProcess implements AutoCloseable {

    private final String name;
    private final Map<String, String> settings;
    private final int port;
    private Process process;

    /** Payara Micro's options for the data grid: none by default (a single instance). */
    private List<String> clusterOptions = List.of("--nohazelcast", "--nocluster");

    /** @param settings MicroProfile Config settings, passed as system properties */
    public ServerProcess(String name, Map<String, String> settings) {
        this.name = name;
        this.settings = settings;
        this.port = freePort();
    }

    /**
     * Joins Payara Micro's data grid (Hazelcast) as a member of the named cluster on loopback: listening on its own
     * free port, finding the cluster through the member at {@code seedPort} (its own port for the first member).
     */
    public ServerProcess clustered(String clusterName, int gridPort, int seedPort) {
        clusterOptions = List.of("--clustername", clusterName, "--startport", Integer.toString(gridPort),
                "--clustermode", "tcpip:127.0.0.1:" + seedPort, "--interfaces", "127.0.0.1");
        return this;
    }

    /** A port nobody listens on now. */
    public static int freeLocalPort() {
        return freePort();
    }

    public ServerProcess start() {
        // C1 only: a test's server starts a few seconds sooner on two cores and runs fast enough for what tests ask of it.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1"));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", "target/payara-micro.jar", "--deploy", war(), "--contextroot", "/", "--port", Integer.toString(port)));
        command.addAll(clusterOptions);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log().toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
        return this;
    }

    /** SIGTERM: a graceful stop, as an operator's restart. */
    public void stop() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL: no shutdown hook, no flush, as a crash or an OOM kill. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills it if it still runs: a test's try-with-resources leaves no server behind, whatever failed. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see target/" + name + ".log");
            }
            if (deploymentFailed()) {
                throw new IllegalStateException(name + " could not deploy the application; see target/" + name + ".log");
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(200);
        }
        throw new IllegalStateException(name + " was not ready after 180 s; see target/" + name + ".log");
    }

    /** Waits until the server's log holds the text (or the server exited); false after the timeout. */
    public boolean awaitLog(String text, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            try {
                if (java.nio.file.Files.readString(log()).contains(text)) {
                    return true;
                }
            } catch (IOException notYetWritten) {
                // The log appears with the first line.
            }
            pause(10);
        }
        return false;
    }

    private boolean deploymentFailed() {
        try {
            return java.nio.file.Files.readString(log()).contains("Exception while loading the app");
        } catch (IOException e) {
            return false;
        }
    }

    private Path log() {
        return Path.of("target", name + ".log");
    }

    private static String war() {
        return Path.of("target", "discord-trade-executor.war").toString();
    }

    /** The first of {@code count} consecutive ports nobody listens on now (for a script that numbers its instances' ports). */
    public static int freeLocalPorts(int count) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int first = freePort();
            if (first + count <= 65_535 && java.util.stream.IntStream.range(1, count).allMatch(i -> isFree(first + i))) {
                return first;
            }
        }
        throw new IllegalStateException("No " + count + " consecutive free ports");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
