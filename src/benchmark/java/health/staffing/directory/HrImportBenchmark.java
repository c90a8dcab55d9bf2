package health.staffing.directory;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.IntegrationTest;
import health.staffing.benchmark.Timings;
import health.staffing.security.AppRoles;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prints what importing the HR system's file of 100,000 employees costs: the preview, the first import
 * (100,000 new records, each audited), the same file again (nothing changes) and a night's file (1% changed,
 * 0.5% leaving today, 0.5% leaving later), each with its time and the peak heap above the heap before it.
 * Not a test: {@code ./mvnw test -Pbenchmark -Dtest=HrImportBenchmark} (H2, then PostgreSQL).
 */
@IntegrationTest
@Tag("benchmark")
@EnabledIf("health.staffing.benchmark.Timings#selected")
class HrImportBenchmark {

    private static final int EMPLOYEES = Integer.getInteger("benchmark.employees", 100_000);

    @Autowired
    HrImportService hrImport;

    private final List<String> report = new ArrayList<>();
    private final LocalDate today = LocalDate.now();

    @Test
    void the_hr_file_of_100000_employees() throws IOException {
        String first = file(0);
        String night = file(1);
        line("HR file import, %,d employees, %s (file: %,d bytes)", EMPLOYEES, Timings.database(), first.length());
        line("%-48s %10s %14s  %s", "step", "ms", "peak heap MB+", "result");
        line("-".repeat(110));
        signedIn(() -> {
            measure("preview of the first file", () -> hrImport.preview(new StringReader(first), null));
            HrImportReport created = measure("import: every employee new", () -> hrImport.importFile(new StringReader(first), null));
            assertThat(created.created()).isEqualTo(EMPLOYEES);
            HrImportReport again = measure("the same file again", () -> hrImport.importFile(new StringReader(first), null));
            assertThat(again.noChanges()).isTrue();
            HrImportReport nightly = measure("a night's file (2% of the rows differ)",
                    () -> hrImport.importFile(new StringReader(night), null));
            assertThat(nightly.changed()).isPositive();
        });
        line("-".repeat(110));
        line("load average at the end: %s", Timings.loadAverage());
        Path out = Path.of("target", "benchmark", "hr-import-" + Timings.database() + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    /** Night 0: everyone as hired; night 1: every 100th row changes its location, every 200th leaves, every 200th+1 later. */
    private String file(int night) {
        StringBuilder csv = new StringBuilder(EMPLOYEES * 140).append(String.join(",", HrFileFormat.HEADER)).append("\r\n");
        for (int i = 0; i < EMPLOYEES; i++) {
            String number = String.format(Locale.ROOT, "HRB%06d", i);
            String manager = i == 0 ? "" : String.format(Locale.ROOT, "HRB%06d", (i - 1) / 10);
            String location = night == 1 && i % 100 == 7 ? "Salem, MA" : "Boston, MA";
            String leaves = night == 1 && i % 200 == 3 ? today.toString()
                    : night == 1 && i % 200 == 4 ? today.plusDays(30).toString() : "";
            csv.append(number).append(",Given").append(i).append(",Family").append(i).append(i % 7 == 0 ? ",MD" : ",")
                    .append(",given").append(i).append(".family").append(i).append("@bench.example.org,\"")
                    .append(location).append("\",,").append(manager).append(",2015-01-05,").append(leaves)
                    .append(i % 3 == 0 ? ",0.80" : ",1.00").append("\r\n");
        }
        return csv.toString();
    }

    private HrImportReport measure(String step, Supplier<HrImportReport> work) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        HrImportReport result = work.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        running.set(false);
        sampler.interrupt();
        line("%-48s %,10d %14.1f  %s", step, ms, (peak.get() - before) / 1048576.0, result.summary());
        return result;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println(text);
    }

    private static void signedIn(Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("recruiter", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.RECRUITER))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
