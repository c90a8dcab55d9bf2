package health.staffing.insight;

import health.staffing.As;
import health.staffing.DemoSeed;
import health.staffing.IntegrationTest;
import health.staffing.benchmark.Timings;
import health.staffing.candidates.HiringBenchmarkData;
import health.staffing.orgchart.BenchmarkChart;
import health.staffing.orgchart.SeatRequisitions;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints how long each dashboard panel takes at a health system's scale (issue 16): 20,000 seats, 2,000
 * open requisitions and 8,000 filled ones with their approvals and offers, 1,000,000 applications with
 * their stage moves. Never part of {@code ./mvnw test}; run with
 * {@code ./mvnw test -Pbenchmark -Dtest=DashboardBenchmark} (H2 and PostgreSQL {@code portal_bench}),
 * {@code -Dbenchmark.db=h2|postgres} for one. Each call goes through {@link DashboardService} as the
 * signed-in person (transaction, method security, row rules), as the page makes it.
 */
@IntegrationTest
@Tag("benchmark")
@EnabledIf("health.staffing.benchmark.Timings#selected")
class DashboardBenchmark {

    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 5);
    private static final int ITERATIONS = Integer.getInteger("benchmark.iterations", 40);

    @Autowired
    DashboardService dashboard;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    private final Timings timings = new Timings();

    @Test
    void dashboard_panels_at_a_million_applications() throws Exception {
        long started = System.nanoTime();
        long rows = BenchmarkChart.loadStandard(dataSource);
        long templateRequisition = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.requisitionId(seats);
        long templateApplication = jdbc.sql("select min(a.id) from job_application a join application_degree d"
                + " on d.application_id = a.id").query(Long.class).single();
        rows += new HiringBenchmarkData().loadOnce(dataSource, templateRequisition, templateApplication);
        rows += DashboardBenchmarkData.loadOnce(dataSource);
        double loadSeconds = (System.nanoTime() - started) / 1e9;

        LocalDate today = LocalDate.now();
        DashboardFilter year = DashboardFilter.lastYear(today);
        DashboardFilter fiveYears = new DashboardFilter(today.minusYears(5), today, null, null, null);
        DashboardFilter narrowed = year.withCategory("Population Health");
        List<Case> cases = new ArrayList<>();
        for (String person : List.of("recruiter", "manager")) {
            cases.add(new Case("requisitions open today", person, 200, () -> dashboard.openRequisitions(year).byStatus()
                    .size()));
            cases.add(new Case("approvals, last 12 months", person, 200, () -> dashboard.approvals(year).perStep().size()));
            cases.add(new Case("hiring, last 12 months", person, 200, () -> dashboard.hiring(year).funnel().size()));
            if (person.equals("recruiter")) {
                cases.add(new Case("leadership seats today", person, 200, () -> dashboard.seats(year).riskSeats().size()));
                cases.add(new Case("whole dashboard (4 panels), last 12 months", person, 1000, () -> whole(year, true)));
                cases.add(new Case("whole dashboard, last 5 years", person, 1000, () -> whole(fiveYears, true)));
                cases.add(new Case("whole dashboard, 12 months, one category", person, 1000,
                        () -> whole(narrowed, true)));
                cases.add(new Case("  hiring, last 5 years", person, 0, () -> dashboard.hiring(fiveYears).funnel()
                        .size()));
            } else {
                cases.add(new Case("whole dashboard (3 panels), last 12 months", person, 1000, () -> whole(year, false)));
            }
        }
        for (int i = 0; i < WARM_UP; i++) {
            cases.forEach(c -> As.user(c.user(), c.call()::getAsInt));
        }
        heading(rows, loadSeconds);
        for (Case measured : cases) {
            long[] returned = {0};
            double[] ms = As.user(measured.user(), () -> Timings.time(ITERATIONS, measured.call(), returned));
            double p95 = Timings.percentile(ms, 95);
            String target = measured.targetMs() > 0 ? "<= " + (int) measured.targetMs() + " ms" : "(info)";
            String result = measured.targetMs() <= 0 ? "" : p95 <= measured.targetMs() ? "PASS" : "FAIL";
            timings.line("%-48s %-9s %11s %8.1f %8.1f %8.1f  %s", measured.name(), measured.user(), target,
                    Timings.percentile(ms, 50), p95, ms[ms.length - 1], result);
        }
        timings.line("-".repeat(110));
        timings.line("load average at the end: %s", Timings.loadAverage());
        timings.write("dashboard");
    }

    private int whole(DashboardFilter filter, boolean everything) {
        int parts = dashboard.openRequisitions(filter).byStatus().size() + dashboard.approvals(filter).perStep().size()
                + dashboard.hiring(filter).funnel().size();
        return everything ? parts + dashboard.seats(filter).riskSeats().size() : parts;
    }

    private void heading(long rows, double loadSeconds) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            timings.line("");
            timings.line("Dashboard benchmark on %s %s (%s), load average %s",
                    connection.getMetaData().getDatabaseProductName(),
                    connection.getMetaData().getDatabaseProductVersion(), connection.getMetaData().getURL(),
                    Timings.loadAverage());
        }
        timings.line("data: %,d seats, %,d open requisitions, %,d filled, %,d approval steps, %,d offers,"
                        + " %,d applications, %,d stage moves; %,d rows loaded in %.1f s (0: loaded by an earlier"
                        + " benchmark of this run)",
                count("org_position"), jdbc.sql("select count(*) from requisition where status in ('DRAFT',"
                        + " 'PENDING_APPROVAL', 'CHANGES_REQUESTED', 'APPROVED', 'POSTED', 'ON_HOLD')")
                        .query(Long.class).single(),
                jdbc.sql("select count(*) from requisition where status = 'FILLED'").query(Long.class).single(),
                count("approval_step"), count("job_offer"), count("job_application"), count("application_stage_change"),
                rows, loadSeconds);
        timings.line("%d warm-up rounds over all cases, then %d timed calls per case through DashboardService;"
                + " recruiter = HR (everything), manager = a hiring manager (own requisitions, hiring team's"
                + " candidates); pass = p95 within target", WARM_UP, ITERATIONS);
        timings.line("");
        timings.line("%-48s %-9s %11s %8s %8s %8s  %s", "case", "as", "target", "p50 ms", "p95 ms", "max ms",
                "result");
        timings.line("-".repeat(110));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private record Case(String name, String user, double targetMs, IntSupplier call) {
    }
}
