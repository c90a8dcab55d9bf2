package health.staffing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The portal as a process of its own, for tests of what only separate processes show: a crash, two
 * instances on one database. Started from the test class path (the same code as the tests) with the
 * given main class and arguments, its output in a log file the failures quote.
 */
public final class PortalProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;

    private PortalProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code mainClass} with {@code arguments} (Spring's {@code --name=value}), output to {@code log}. */
    public static PortalProcess start(Path log, String mainClass, List<String> arguments) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), mainClass, "--spring.main.banner-mode=off"));
        command.addAll(arguments);
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new PortalProcess(process, log);
    }

    /** Starts any other program (a load balancer) the same way. */
    public static PortalProcess startCommand(Path log, List<String> command) throws IOException {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new PortalProcess(process, log);
    }

    /** Waits until {@code condition} holds, failing with the log's tail if the process ends or time runs out. */
    public void await(BooleanSupplier condition, String what, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("The portal stopped before " + what + ":\n" + tail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + patience.toSeconds() + " s for " + what + ":\n" + tail());
            }
            Thread.sleep(100);
        }
    }

    /** Waits until {@code http://127.0.0.1:port/actuator/health/readiness} answers 200. */
    public void awaitReady(int port, Duration patience) throws InterruptedException {
        await(() -> status("http://127.0.0.1:" + port + "/actuator/health/readiness") == 200, "readiness on " + port,
                patience);
    }

    public boolean logContains(String text) {
        try {
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last 40 lines of the log. */
    public String tail() {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** SIGKILL: no shutdown hook, no rollback, no goodbye. Returns the exit code (137). */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        return process.exitValue();
    }

    public static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public static String body(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
