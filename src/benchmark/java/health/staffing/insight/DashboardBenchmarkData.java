package health.staffing.insight;

import health.staffing.candidates.ApplicationTally;
import health.staffing.candidates.HiringBenchmarkData;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * What the dashboard reads beyond the hiring benchmark's requisitions and applications: each of the
 * 10,000 requisitions approved in one round of three steps (each step decided 0–13 days after its turn),
 * an accepted offer for each filled requisition (30–119 days after approval, 10 % outside the range with
 * an approved exception) whose application is then hired, 1,000 declined offers, and the stage moves of
 * the applications that got past "applied" (one or two each, with when the stage left was entered).
 * Written with INSERT … SELECT over the loaded rows, so the database does the work; the statements run
 * alike on H2 and PostgreSQL.
 */
final class DashboardBenchmarkData {

    private static final long FIRST = HiringBenchmarkData.FIRST_REQUISITION;
    private static final long LAST = FIRST + HiringBenchmarkData.POSTED + HiringBenchmarkData.FILLED;
    private static final long FIRST_FILLED = FIRST + HiringBenchmarkData.POSTED;
    private static final long REQUEST_OFFSET = 100_000_000L;
    private static final long STEP_OFFSET = 200_000_000L;
    private static final long OFFER_OFFSET = 300_000_000L;
    private static final long FIRST_CHANGE = 1_000_000_000L;
    private static final long SECOND_CHANGE = 2_000_000_000L;
    private static final String AUDIT = "version, created_at, created_by, modified_at, modified_by";

    private static final String[][] STEPS = {{"Department chair", "HIRING_MANAGER"}, {"CMO office", "CMO_OFFICE"},
            {"Finance", "FINANCE"}};

    private DashboardBenchmarkData() {
    }

    /** Loads unless an earlier run into the same database did; returns the rows written. */
    static long loadOnce(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet found = statement.executeQuery("select count(*) from approval_request where id = "
                    + (FIRST + REQUEST_OFFSET))) {
                found.next();
                if (found.getLong(1) > 0) {
                    return 0;
                }
            }
            long rows = 0;
            for (String sql : statements()) {
                rows += statement.executeUpdate(sql);
            }
            // Rows written past the entities: the tally is rebuilt from them, as the V35 migration fills it.
            statement.executeUpdate("delete from application_tally");
            for (String sql : ApplicationTally.rebuildSql()) {
                rows += statement.executeUpdate(sql);
            }
            // What autovacuum does to a table that settled: without it PostgreSQL's index-only scans of the
            // freshly loaded rows visit the heap for every row, which no running system sees.
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            statement.execute(postgres ? "vacuum analyze" : "analyze");
            return rows;
        }
    }

    private static List<String> statements() {
        String requisitions = " from requisition r where r.id >= " + FIRST + " and r.id < " + LAST;
        String days = "%s * interval '1' day";
        List<String> all = new ArrayList<>();
        all.add("insert into approval_request (id, " + AUDIT + ", requisition_id, round, reference, kind, title,"
                + " organisation_code, department, adjusted_for_fte, openings, salary_min, salary_max, requested_by,"
                + " hiring_manager, submitted_at)"
                + " select r.id + " + REQUEST_OFFSET + ", 0, r.created_at, 'benchmark', r.created_at, 'benchmark', r.id,"
                + " 1, r.reference, r.kind, r.title, r.organisation_code, r.department, r.adjusted_for_fte, r.openings,"
                + " r.salary_min, r.salary_max, r.requested_by, r.hiring_manager, r.created_at" + requisitions);
        // Step n's turn comes when step n-1 is decided; each takes (id mod 14) / (n + 1) days, give or take hours.
        for (int n = 0; n < STEPS.length; n++) {
            String activated = "r.created_at + " + days.formatted(activatedDay(n));
            String decided = "r.created_at + " + days.formatted(activatedDay(n + 1));
            all.add("insert into approval_step (id, " + AUDIT + ", request_id, requisition_id, round, sequence, label,"
                    + " role, approver_name, consulted, state, activated_at, decided_at, decided_by, decided_by_name)"
                    + " select r.id * 4 + " + (STEP_OFFSET + n) + ", 0, r.created_at, 'benchmark', r.created_at,"
                    + " 'benchmark', r.id + " + REQUEST_OFFSET + ", r.id, 1, " + (n + 1) + ", '" + STEPS[n][0] + "', '"
                    + STEPS[n][1] + "', 'Benchmark approver', false, 'APPROVED', " + activated + ", " + decided
                    + ", 'benchmark', 'Benchmark approver'" + requisitions);
        }
        String approved = "r.created_at + " + days.formatted(activatedDay(STEPS.length));
        String accepted = approved + " + " + days.formatted("(30 + mod(r.id, 90))");
        String filled = " from requisition r join (select requisition_id, min(id) application_id from job_application"
                + " where requisition_id >= " + FIRST_FILLED + " and requisition_id < " + LAST
                + " group by requisition_id) h on h.requisition_id = r.id";
        all.add("insert into job_offer (id, " + AUDIT + ", application_id, requisition_id, status, amount, fte,"
                + " admin_fte, start_date, range_min, range_max, adjusted_for_fte, offered_by, offered_at,"
                + " exception_justification, exception_requested_by, exception_requested_at, exception_decided_by,"
                + " exception_decided_at, responded_by, responded_at)"
                + " select r.id + " + OFFER_OFFSET + ", 0, " + approved + ", 'benchmark', " + accepted + ", 'benchmark',"
                + " h.application_id, r.id, 'ACCEPTED',"
                + " case when mod(r.id, 10) = 0 then r.salary_max + 20000 else r.salary_min + 10000 end, 1, 0.5,"
                + " cast(" + accepted + " + " + days.formatted("45") + " as date), r.salary_min, r.salary_max,"
                + " r.adjusted_for_fte, 'recruiter', " + accepted + " - " + days.formatted("5") + ","
                + " case when mod(r.id, 10) = 0 then 'Competing offer' end,"
                + " case when mod(r.id, 10) = 0 then 'recruiter' end,"
                + " case when mod(r.id, 10) = 0 then " + accepted + " - " + days.formatted("5") + " end,"
                + " case when mod(r.id, 10) = 0 then 'cmo' end,"
                + " case when mod(r.id, 10) = 0 then " + accepted + " - " + days.formatted("3") + " end,"
                + " 'candidate', " + accepted + filled);
        // A thousand declined offers on the same requisitions' second applicants.
        all.add("insert into job_offer (id, " + AUDIT + ", application_id, requisition_id, status, amount, fte,"
                + " admin_fte, start_date, range_min, range_max, adjusted_for_fte, offered_by, offered_at,"
                + " responded_by, responded_at)"
                + " select r.id + " + (OFFER_OFFSET + 50_000_000L) + ", 0, " + approved + ", 'benchmark', " + approved
                + ", 'benchmark', h.application_id + 1, r.id, 'DECLINED', r.salary_min, 1, 0.5, cast(" + accepted
                + " as date), r.salary_min, r.salary_max, r.adjusted_for_fte, 'recruiter', " + approved + " + "
                + days.formatted("20") + ", 'candidate', " + approved + " + " + days.formatted("25") + filled
                + " where mod(r.id, 8) = 0");
        all.add("update job_application set stage = 'HIRED', furthest_stage = 'HIRED', stage_changed_at ="
                + " (select o.responded_at from job_offer o where o.application_id = job_application.id"
                + " and o.status = 'ACCEPTED') where id in (select application_id from job_offer where id >= "
                + (FIRST + OFFER_OFFSET) + " and status = 'ACCEPTED')");
        // Every application past "applied" left it 1–20 days after submission; those past screening left it later.
        all.add("insert into application_stage_change (id, " + AUDIT + ", application_id, from_stage, to_stage,"
                + " changed_by, changed_at, from_stage_since)"
                + " select a.id + " + FIRST_CHANGE + ", 0, a.submitted_at, 'benchmark', a.submitted_at, 'benchmark',"
                + " a.id, 'APPLIED', case when a.furthest_stage = 'APPLIED' then a.stage else 'SCREENING' end,"
                + " 'recruiter', a.submitted_at + " + days.formatted("(1 + mod(a.id, 20))") + ", a.submitted_at"
                + " from job_application a where a.id >= " + HiringBenchmarkData.FIRST_APPLICATION
                + " and a.stage <> 'APPLIED'");
        all.add("insert into application_stage_change (id, " + AUDIT + ", application_id, from_stage, to_stage,"
                + " changed_by, changed_at, from_stage_since)"
                + " select a.id + " + SECOND_CHANGE + ", 0, a.submitted_at, 'benchmark', a.submitted_at, 'benchmark',"
                + " a.id, 'SCREENING', case when a.furthest_stage = 'SCREENING' then a.stage else 'INTERVIEW' end,"
                + " 'recruiter', a.submitted_at + " + days.formatted("(8 + mod(a.id, 40))") + ", a.submitted_at + "
                + days.formatted("(1 + mod(a.id, 20))")
                + " from job_application a where a.id >= " + HiringBenchmarkData.FIRST_APPLICATION
                + " and a.furthest_stage not in ('APPLIED', 'SCREENING')");
        return all;
    }

    /** The day (after submission) on which step {@code n}'s turn comes: the sum of the earlier steps' days. */
    private static String activatedDay(int n) {
        if (n == 0) {
            return "0";
        }
        StringBuilder sum = new StringBuilder("(");
        for (int i = 0; i < n; i++) {
            sum.append(i == 0 ? "" : " + ").append("mod(r.id + ").append(i * 5).append(", 14) / ").append(i + 1)
                    .append(".0");
        }
        return sum.append(")").toString();
    }
}
