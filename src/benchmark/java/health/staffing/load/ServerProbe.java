package health.staffing.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the portal process itself uses, read from outside: CPU time from /proc, live heap and the objects
 * that make it up from {@code jcmd} (a class histogram runs a full GC first, so it counts live objects only),
 * and the session count from the Prometheus endpoint.
 */
final class ServerProbe {

    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    private final long pid;
    private final String jcmd;
    private final String metrics;
    private final HttpClient http;

    ServerProbe(long pid, String jcmd, String metrics, HttpClient http) {
        this.pid = pid;
        this.jcmd = jcmd;
        this.metrics = metrics;
        this.http = http;
    }

    /** CPU seconds the portal has used since it started (user + system). */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command name: field 14 (utime) and 15 (stime) of proc(5) are at 11 and 12 here.
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** Live objects by class after a full GC: bytes per class name, plus "(total)". */
    Map<String, Long> liveHistogram() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(2, TimeUnit.MINUTES);
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.find()) {
                bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
            }
            Matcher total = HISTOGRAM_TOTAL.matcher(line);
            if (total.find()) {
                bytes.put("(total)", Long.parseLong(total.group(2)));
            }
        }
        if (!bytes.containsKey("(total)")) {
            throw new IOException("jcmd gave no histogram: " + output.lines().limit(3).toList());
        }
        return bytes;
    }

    /** The sum of a Prometheus gauge's series whose labels contain {@code label} (e.g. area="heap"), or NaN. */
    double metric(String name, String label) {
        try {
            String text = http.send(HttpRequest.newBuilder(URI.create(metrics)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            double sum = Double.NaN;
            for (String line : text.split("\n")) {
                if ((line.startsWith(name + " ") || line.startsWith(name + "{")) && line.contains(label)) {
                    double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    sum = Double.isNaN(sum) ? value : sum + value;
                }
            }
            return sum;
        } catch (IOException | InterruptedException | NumberFormatException unreadable) {
            return Double.NaN;
        }
    }
}
