package health.staffing.candidates;

import health.staffing.DemoSeed;
import health.staffing.IntegrationTest;
import health.staffing.benchmark.Timings;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.ReviewFilter;
import health.staffing.candidates.screening.CriterionOutcome;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.requisitions.EducationLevel;
import health.staffing.requisitions.EmploymentType;
import health.staffing.requisitions.JobBoardService;
import health.staffing.requisitions.JobSearch;
import health.staffing.security.SystemActor;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prints how fast the job board and the candidate grid are with 2,000 live postings and 1,000,000
 * applications in history (issue 5's figures); never part of {@code ./mvnw test}. Run with
 * {@code ./mvnw test -Pbenchmark -Dtest=HiringBenchmark} (H2 and PostgreSQL {@code portal_bench}),
 * {@code -Dbenchmark.db=h2|postgres} for one.
 * <p>
 * Each measured call goes through the Spring service as the signed-in user (transaction, method
 * security, row rule, mapping). The grid page is also run as a hand-written JDBC query that
 * returns the same 50 rows with the same columns, so the cost of the service layer shows as a ratio.
 */
@IntegrationTest
@Tag("benchmark")
@EnabledIf("health.staffing.benchmark.Timings#selected")
class HiringBenchmark {

    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 50);
    private static final int ITERATIONS = Integer.getInteger("benchmark.iterations", 300);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"));

    @Autowired
    JobBoardService board;

    @Autowired
    SeatRequisitions seats;
    @Autowired
    CandidateReviewService review;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    private final Timings timings = new Timings();
    private final Random random = new Random(42);

    @Test
    void job_board_and_candidate_grid_at_a_million_applications() throws Exception {
        long templateRequisition = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.requisitionId(seats);
        long templateApplication = jdbc.sql("select min(a.id) from job_application a join application_degree d"
                + " on d.application_id = a.id").query(Long.class).single();
        HiringBenchmarkData data = new HiringBenchmarkData();
        long started = System.nanoTime();
        long rows = data.loadOnce(dataSource, templateRequisition, templateApplication);
        double loadSeconds = (System.nanoTime() - started) / 1e9;

        List<Case> cases = new ArrayList<>();
        cases.add(new Case("job search, all filters, page of 25 + count", "caregiver", 30, () -> {
            JobSearch search = allFilters();
            int shown = board.search(search, PageRequest.of(0, 25)).size();
            board.count(search); // the board shows "N jobs" above the list
            return shown;
        }));
        cases.add(new Case("  search alone (all filters)", "caregiver", 0,
                () -> board.search(allFilters(), PageRequest.of(0, 25)).size()));
        cases.add(new Case("  keywords only (\"quality\"), newest", "caregiver", 0, () -> board.search(
                JobSearch.keywords("quality").sortedBy(JobSearch.Sort.NEWEST), PageRequest.of(0, 25)).size()));
        cases.add(new Case("  no filter, newest, page 3", "caregiver", 0, () -> board.search(
                JobSearch.ALL.sortedBy(JobSearch.Sort.NEWEST), PageRequest.of(3, 25)).size()));

        Supplier<ReviewFilter> popular = () -> new ReviewFilter(pick(data.popularReferences),
                EnumSet.of(ApplicationStage.APPLIED, ApplicationStage.SCREENING), null);
        cases.add(new Case("grid page: one requisition (3,000), 2 stages, newest", "recruiter", 25,
                () -> review.review(popular.get(), PageRequest.of(0, 50, NEWEST_FIRST)).size()));
        cases.add(Case.yardstick("recruiter",
                () -> jdbcPage("recruiter", popular.get(), null)));
        cases.add(new Case("grid page: all requisitions, interview, newest", "recruiter", 25, () -> review.review(
                new ReviewFilter(null, Set.of(ApplicationStage.INTERVIEW), null), PageRequest.of(0, 50, NEWEST_FIRST))
                .size()));
        cases.add(Case.yardstick("recruiter",
                () -> jdbcPage("recruiter", new ReviewFilter(null, Set.of(ApplicationStage.INTERVIEW), null), null)));
        cases.add(new Case("grid page: hiring manager's 40 requisitions, applied", "manager", 25, () -> review.review(
                new ReviewFilter(null, Set.of(ApplicationStage.APPLIED), null), PageRequest.of(0, 50, NEWEST_FIRST))
                .size()));
        cases.add(Case.yardstick("manager", () -> jdbcPage("manager",
                new ReviewFilter(null, Set.of(ApplicationStage.APPLIED), null), "manager")));
        Supplier<ReviewFilter> shortlist = () -> new ReviewFilter(null, EnumSet.of(ApplicationStage.SCREENING,
                ApplicationStage.INTERVIEW), null, CriterionOutcome.MET, BigDecimal.valueOf(3.5));
        Sort bestFirst = Sort.by(Sort.Order.desc("scoreAvg"), Sort.Order.desc("id"));
        cases.add(new Case("grid page: all, 2 stages, criteria met, score >= 3.5, best", "recruiter", 25,
                () -> review.review(shortlist.get(), PageRequest.of(0, 50, bestFirst)).size()));
        cases.add(Case.yardstick("recruiter", () -> jdbcPage("recruiter", shortlist.get(), null)));
        cases.add(new Case("  grid count: one requisition, 2 stages", "recruiter", 0,
                () -> (int) review.count(popular.get())));

        for (int i = 0; i < WARM_UP; i++) {
            cases.forEach(c -> as(c.user(), c.call()));
        }
        heading(data, rows, loadSeconds);
        double[] service = null;
        for (Case c : cases) {
            double[] ms = measure(c, service);
            service = c.targetMs() > 0 ? ms : null;
        }
        timings.line("-".repeat(150));
        timings.line("load average at the end: %s", Timings.loadAverage());
        timings.write("hiring");
    }

    private JobSearch allFilters() {
        String[] centres = {"Boston", "Worcester", "New York", "Middletown"};
        return new JobSearch("medical director", centres[random.nextInt(centres.length)], 50,
                HiringBenchmarkData.CATEGORIES[random.nextInt(HiringBenchmarkData.CATEGORIES.length)],
                EmploymentType.FULL_TIME, EducationLevel.DOCTORATE_MD_DO, 10, 90, BigDecimal.valueOf(250_000),
                JobSearch.Sort.RELEVANCE);
    }

    /**
     * The page a reviewer sees, written by hand: one query for the applications with their
     * candidate's or employee's name, the requisition's blind-pass switch and the viewer's own
     * scorecard, then one for the degrees of those 50 rows. {@code hiringManager} applies the row rule and
     * internal applicants' confidentiality the way a DBA would, by joining the requisition.
     */
    private int jdbcPage(String viewer, ReviewFilter filter, String hiringManager) {
        StringBuilder sql = new StringBuilder("""
                select a.id, a.version, a.reference, a.title, c.employee_id,
                       coalesce(e.given_name, c.given_name) as given_name,
                       coalesce(e.family_name, c.family_name) as family_name, a.source,
                       a.stage, a.submitted_at, a.clinical_years, a.leadership_years, a.managed_care_years,
                       a.criteria_met, a.credentials_expire_on, a.criteria_summary, a.score_avg, a.score_count,
                       rs.blind_first_pass, s.status as own_scorecard
                  from job_application a join candidate c on c.id = a.candidate_id
                  left join employee e on e.id = c.employee_id
                  left join review_settings rs on rs.requisition_id = a.requisition_id
                  left join scorecard s on s.application_id = a.id and s.reviewer = :me
                """);
        List<String> where = new ArrayList<>();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("me", viewer);
        if (hiringManager != null) {
            sql.append(" join requisition r on r.id = a.requisition_id");
            where.add("(r.hiring_manager = :hm or r.requested_by = :hm)");
            where.add("(a.applicant_manager_employee_id is null or a.applicant_manager_employee_id <>"
                    + " (select employee_id from app_user where username = :hm)"
                    + " or r.hiring_manager = :hm or r.recruiter = :hm)");
            params.put("hm", hiringManager);
        }
        if (filter.reference() != null) {
            where.add("a.reference = :ref");
            params.put("ref", filter.reference());
        }
        where.add("a.stage in (:stages)");
        params.put("stages", filter.stages().stream().map(Enum::name).toList());
        if (filter.match() == CriterionOutcome.MET) {
            where.add("a.criteria_met = true and (a.credentials_expire_on is null or a.credentials_expire_on > :until)");
            params.put("until", java.time.LocalDate.now().plusDays(90));
        }
        if (filter.minScore() != null) {
            where.add("a.score_avg >= :minScore");
            params.put("minScore", filter.minScore());
        }
        sql.append(" where ").append(String.join(" and ", where)).append(filter.minScore() != null
                ? " order by a.score_avg desc nulls last, a.id desc" : " order by a.submitted_at desc, a.id desc")
                .append(" offset 0 rows fetch next 50 rows only");
        List<Long> ids = jdbc.sql(sql.toString()).params(params).query((row, n) -> {
            row.getString("family_name");
            row.getTimestamp("submitted_at");
            row.getObject("blind_first_pass");
            row.getString("own_scorecard");
            return row.getLong("id");
        }).list();
        if (ids.isEmpty()) {
            return 0;
        }
        jdbc.sql("select application_id, degree from application_degree where application_id in (:ids)")
                .param("ids", ids).query((row, n) -> row.getString("degree")).list();
        return ids.size();
    }

    private String pick(List<String> references) {
        return references.get(random.nextInt(references.size()));
    }

    /** A yardstick is the hand-written JDBC version of the grid case before it. */
    private record Case(String name, String user, double targetMs, IntSupplier call, boolean yardstick) {

        Case(String name, String user, double targetMs, IntSupplier call) {
            this(name, user, targetMs, call, false);
        }

        static Case yardstick(String user, IntSupplier call) {
            return new Case("  same page, hand-written JDBC", user, 0, call, true);
        }
    }

    /**
     * Times one case and prints its line. A hand-written JDBC case that follows a grid case is
     * the grid's yardstick: its line shows how many times slower the service was, at p50 and p95,
     * against the limit of 2x.
     */
    private double[] measure(Case measured, double[] precedingService) {
        long[] rows = {0};
        double[] ms = as(measured.user(), () -> Timings.time(ITERATIONS, measured.call(), rows));
        double p50 = Timings.percentile(ms, 50);
        double p95 = Timings.percentile(ms, 95);
        String target = measured.targetMs() > 0 ? "<= " + (int) measured.targetMs() + " ms" : "(info)";
        String result = measured.targetMs() <= 0 ? "" : p95 <= measured.targetMs() ? "PASS" : "FAIL";
        if (measured.yardstick() && precedingService != null) {
            double ratio50 = Timings.percentile(precedingService, 50) / p50;
            double ratio95 = Timings.percentile(precedingService, 95) / p95;
            target = "service <= 2x";
            result = String.format("service %.1fx p50, %.1fx p95  %s", ratio50, ratio95,
                    Math.max(ratio50, ratio95) <= 2 ? "PASS" : "FAIL");
        }
        timings.line("%-56s %-9s %13s %8.2f %8.2f %8.2f %7.1f  %s", measured.name(), measured.user(), target,
                p50, p95, ms[ms.length - 1], (double) rows[0] / ITERATIONS, result);
        return ms;
    }

    private void heading(HiringBenchmarkData data, long rows, double loadSeconds) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            timings.line("");
            timings.line("Hiring benchmark on %s %s (%s), load average %s",
                    connection.getMetaData().getDatabaseProductName(),
                    connection.getMetaData().getDatabaseProductVersion(), connection.getMetaData().getURL(),
                    Timings.loadAverage());
        }
        long live = SystemActor.call(() -> board.count(JobSearch.ALL));
        long applications = jdbc.sql("select count(*) from job_application").query(Long.class).single();
        timings.line("data: %,d live postings (%,d popular with %,d applicants), %,d filled requisitions, %,d candidates,"
                        + " %,d applications; %,d rows loaded and analysed in %.1f s", live, data.popularReferences.size(),
                HiringBenchmarkData.POPULAR_APPLICANTS, HiringBenchmarkData.FILLED, HiringBenchmarkData.CANDIDATES,
                applications, rows, loadSeconds);
        timings.line("%d warm-up rounds over all cases, then %d timed calls per case; pass = p95 within target,"
                + " and for a JDBC yardstick the service within 2x of it at p50 and p95; rows = mean rows returned",
                WARM_UP, ITERATIONS);
        timings.line("");
        timings.line("%-56s %-9s %13s %8s %8s %8s %7s  %s", "case", "as", "target", "p50 ms", "p95 ms", "max ms", "rows",
                "result");
        timings.line("-".repeat(150));
    }

    private static <T> T as(String username, Supplier<T> work) {
        String role = switch (username) {
            case "recruiter" -> "RECRUITER";
            case "manager" -> "HIRING_MANAGER";
            default -> "CAREGIVER";
        };
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void as(String username, IntSupplier work) {
        as(username, (Supplier<Integer>) work::getAsInt);
    }
}
