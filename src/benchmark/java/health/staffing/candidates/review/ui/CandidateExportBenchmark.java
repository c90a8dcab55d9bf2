package health.staffing.candidates.review.ui;

import health.staffing.As;
import health.staffing.DemoSeed;
import health.staffing.IntegrationTest;
import health.staffing.base.export.ExportColumn;
import health.staffing.base.export.ExportFormat;
import health.staffing.base.export.PagedRows;
import health.staffing.base.export.TableWriter;
import health.staffing.benchmark.Timings;
import health.staffing.candidates.HiringBenchmarkData;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.ReviewFilter;
import health.staffing.candidates.review.ReviewRow;
import health.staffing.orgchart.SeatRequisitions;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints what exporting 100,000 rows of the candidate grid costs (issue 16): time, bytes and the peak of the
 * heap that stays live (sampled every 250 ms with a full collection during a second export, over the
 * same figure before it), for CSV and Excel. The rows go exactly the way a download goes: the grid's columns
 * ({@link CandidateReviewView#exportColumns}), pages of the grid read through {@link CandidateReviewService}
 * as HR, written by {@link TableWriter} into a stream that only counts bytes. Data: the hiring benchmark's
 * million applications. Run with {@code ./mvnw test -Pbenchmark -Dtest=CandidateExportBenchmark}.
 */
@IntegrationTest
@Tag("benchmark")
@EnabledIf("health.staffing.benchmark.Timings#selected")
class CandidateExportBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.export-rows", 100_000);
    /** How often the live heap is sampled during the second export of each format. */
    private static final int SAMPLE_MS = 250;
    /** The warm-up export of each format: enough for the JIT, without a third pass over the pages. */
    private static final int WARM_UP_ROWS = 10_000;
    private static final List<String> GRID_COLUMNS = List.of("reference", "title", "candidate", "source", "stage",
            "submittedAt", "criteria", "degrees", "years", "scoreAvg");

    @Autowired
    CandidateReviewService review;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    private final Timings timings = new Timings();

    @Test
    void exporting_100000_candidate_rows() throws Exception {
        long templateRequisition = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.requisitionId(seats);
        long templateApplication = jdbc.sql("select min(a.id) from job_application a join application_degree d"
                + " on d.application_id = a.id").query(Long.class).single();
        new HiringBenchmarkData().loadOnce(dataSource, templateRequisition, templateApplication);
        List<ExportColumn<ReviewRow>> columns = CandidateReviewView.exportColumns(GRID_COLUMNS);
        Sort newestFirst = Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"));
        // The grid's whole list as HR sees it, cut at ROWS: a filter of exactly that size would be a coincidence.
        PagedRows<ReviewRow> rows = capped(ROWS, newestFirst);
        PagedRows<ReviewRow> warmUp = capped(WARM_UP_ROWS, newestFirst);

        try (Connection connection = dataSource.getConnection()) {
            timings.line("");
            timings.line("Candidate export benchmark on %s %s, load average %s",
                    connection.getMetaData().getDatabaseProductName(),
                    connection.getMetaData().getDatabaseProductVersion(), Timings.loadAverage());
        }
        timings.line("%,d rows of the candidate grid (all %,d applications as HR, newest first, pages of 1,000"
                        + " through the service), the grid's %d export columns; seconds and allocated bytes from one"
                        + " export, the peak live heap above idle (a full GC every 250 ms) from a second; a 10,000-row"
                        + " warm-up export of each format first", ROWS,
                jdbc.sql("select count(*) from job_application").query(Long.class).single(), columns.size());
        timings.line("");
        timings.line("%-8s %10s %10s %12s %14s %16s  %s", "format", "rows", "seconds", "MB written",
                "peak heap MB", "allocated MB", "result");
        timings.line("-".repeat(90));
        for (ExportFormat format : ExportFormat.values()) {
            As.user("recruiter", () -> write(format, columns, warmUp));
            Measured measured = As.user("recruiter", () -> measure(format, columns, rows));
            timings.line("%-8s %,10d %10.1f %12.1f %14.1f %16.1f  %s", format.label(), measured.rows(), measured.seconds(),
                    measured.bytes() / 1e6, measured.peakHeapAboveIdle() / 1e6, measured.allocated() / 1e6,
                    measured.peakHeapAboveIdle() <= 64L * 1024 * 1024 ? "PASS (<= 64 MB)" : "FAIL (> 64 MB)");
        }
        timings.line("-".repeat(90));
        timings.line("load average at the end: %s", Timings.loadAverage());
        timings.write("candidate-export");
    }

    /** The grid's pages as HR reads them, newest first, ending after {@code limit} rows. */
    private PagedRows<ReviewRow> capped(int limit, Sort order) {
        return (number, size) -> (long) number * size >= limit ? List.of()
                : review.review(ReviewFilter.none(), PageRequest.of(number, size, order));
    }

    private record Measured(long rows, double seconds, long bytes, long peakHeapAboveIdle, long allocated) {
    }

    /** The time in one export, the live heap in a second one (forced collections would slow the first). */
    private Measured measure(ExportFormat format, List<ExportColumn<ReviewRow>> columns, PagedRows<ReviewRow> rows) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        long[] written = write(format, columns, rows);
        double seconds = (System.nanoTime() - started) / 1e9;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;

        long idle = liveHeap();
        AtomicLong peak = new AtomicLong(idle);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(liveHeap(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        write(format, columns, rows);
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return new Measured(written[0], seconds, written[1], peak.get() - idle, allocated);
    }

    /** {rows, bytes}. */
    private static long[] write(ExportFormat format, List<ExportColumn<ReviewRow>> columns, PagedRows<ReviewRow> rows) {
        long[] bytes = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        try {
            long written = TableWriter.write(format, columns, rows, ZoneId.systemDefault(), counting);
            return new long[] {written, bytes[0]};
        } catch (java.io.IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

    /** The heap in use right after a full collection: what is kept alive, not the garbage made on the way. */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
