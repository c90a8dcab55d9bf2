package health.staffing.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Round-trip times per action of the phase being measured; users record into whichever phase is
 * current, so a phase's figures hold only what happened while it ran.
 */
final class Recorder {

    /** The times and failures of one action in one phase. */
    static final class Series {
        private long[] nanos = new long[256];
        private int count;
        final AtomicInteger errors = new AtomicInteger();

        synchronized void add(long elapsed) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = elapsed;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(nanos, count);
            Arrays.sort(copy);
            return copy;
        }
    }

    private volatile Map<String, Series> current = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final List<String> firstErrors = new ArrayList<>();

    void record(String action, long startNanos, boolean ok) {
        Series series = current.computeIfAbsent(action, name -> new Series());
        series.add(System.nanoTime() - startNanos);
        if (!ok) {
            series.errors.incrementAndGet();
        }
    }

    /** Something a journey saw that is not a time: "approved", "decided by someone else first", … */
    void outcome(String what) {
        outcomes.computeIfAbsent(what, name -> new AtomicInteger()).incrementAndGet();
    }

    synchronized void error(String user, String message) {
        outcome("error");
        if (firstErrors.size() < 12) {
            firstErrors.add(user + ": " + message);
        }
    }

    /** Starts a new phase and returns what the last one recorded. */
    Map<String, Series> next() {
        Map<String, Series> finished = current;
        current = new ConcurrentHashMap<>();
        return new TreeMap<>(finished);
    }

    synchronized Map<String, Integer> takeOutcomes() {
        Map<String, Integer> taken = new TreeMap<>();
        outcomes.forEach((what, count) -> taken.put(what, count.getAndSet(0)));
        return taken;
    }

    synchronized List<String> takeErrors() {
        List<String> taken = List.copyOf(firstErrors);
        firstErrors.clear();
        return taken;
    }

    static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
