package health.staffing.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * What every benchmark prints: timed calls reduced to p50 / p95 / max, a table kept as text and
 * written to {@code target/benchmark/<name>-<database>.txt}, and the load average of this shared
 * machine so a reader knows how much to trust the figures.
 */
public final class Timings {

    private final List<String> report = new ArrayList<>();

    /** This execution's database ({@code benchmark.database}) is one of those asked for ({@code benchmark.db}). */
    public static boolean selected() {
        String database = database();
        return Arrays.stream(System.getProperty("benchmark.db", "h2,postgres").split(","))
                .map(String::trim).anyMatch(database::equalsIgnoreCase);
    }

    public static String database() {
        return System.getProperty("benchmark.database", "h2");
    }

    /** The sorted durations in milliseconds of {@code iterations} calls; {@code rows} gets the sum of results. */
    public static double[] time(int iterations, IntSupplier call, long[] rows) {
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            rows[0] += call.getAsInt();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /** Nearest rank. */
    public static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The 1-minute load average of the machine. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    public void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println(text);
    }

    public void write(String name) throws IOException {
        Path file = Path.of("target", "benchmark", name + "-" + database() + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
        System.out.println("(also written to " + file.toAbsolutePath() + ")");
    }
}
