package health.staffing.insight;

import health.staffing.base.Databases;
import health.staffing.base.Dates;
import health.staffing.base.TextLimits;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.ApplicationTally;
import health.staffing.requisitions.RequisitionKind;
import health.staffing.requisitions.RequisitionStatus;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's SQL: one query per figure group, aggregating in the database (counts, medians and
 * p90 with {@code percentile_cont}) where the rows are many, and returning rows only where they are few
 * (open requisitions, accepted offers, vacant seats). The application funnel, sources and time in stage
 * read {@code application_tally} (decision 13) rather than the applications. Durations are in days from
 * epoch seconds, which H2 and PostgreSQL compute alike. The row rules come in as a {@link Scope} the
 * service built.
 */
@Component
class DashboardQueries {

    private static final String DAYS_BETWEEN = "(extract(epoch from %2$s) - extract(epoch from %1$s)) / 86400.0";
    /** Requisitions still in play, as a seat counts them: a second one for the same seat is refused. */
    private static final List<String> NOT_FINAL = List.of("DRAFT", "PENDING_APPROVAL", "CHANGES_REQUESTED", "APPROVED",
            "POSTED", "ON_HOLD");
    /** A round is approved when a step approved it and none stopped or still holds it. */
    private static final String ROUND_NOT_APPROVED = "'PENDING', 'WAITING', 'REJECTED', 'CHANGES_REQUESTED', 'WITHDRAWN',"
            + " 'SUPERSEDED'";

    private final JdbcClient jdbc;
    private final boolean postgres;

    DashboardQueries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = Databases.isPostgres(dataSource);
    }

    /**
     * Sets how PostgreSQL runs the rest of this transaction's queries (decision 13), each measured on
     * the benchmark's million applications: planned for the values they run with (a prepared statement's
     * generic plan guessed at a category's share of requisitions and drove the tally from them: 405 ms
     * instead of 41); not JIT-compiled (compiling the forty sums took 284 ms, the query 60); hashed in
     * memory (with the default 4 MB the 10,000 requisitions' sums were sorted instead); and in one
     * process (parallel workers gathering and re-sorting the partial sums cost more than they saved on
     * two cores: 150 ms serial against 240).
     */
    void planForTheseValues() {
        if (postgres) {
            jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('jit', 'off', true),"
                    + " set_config('work_mem', '64MB', true), set_config('max_parallel_workers_per_gather', '0', true)")
                    .query().listOfRows();
        }
    }

    /**
     * Who is looking, as the queries need it. {@code allRequisitions}: HR, the CMO office, finance and
     * administrators see every requisition, others those they requested or hire for. {@code reviewed}:
     * the requisitions whose candidates they review (null for all, HR), never {@code candidacies}; an
     * internal applicant they manage stays hidden outside their {@code team}.
     */
    record Scope(String username, boolean allRequisitions, @Nullable Set<Long> reviewed, Set<Long> candidacies,
            @Nullable Long employeeId, Set<Long> team) {
    }

    /** An open requisition as the breakdowns need it. */
    record OpenRow(RequisitionStatus status, String organisationCode, String department, String recruiter,
            Instant createdAt, @Nullable BigDecimal costMin, @Nullable BigDecimal costMax, int openings) {
    }

    /** An offer accepted in the period, with when its requisition was approved. */
    record AcceptedRow(String organisationCode, String category, Instant acceptedAt, LocalDate startDate,
            @Nullable Instant approvedAt) {
    }

    List<OpenRow> openRequisitions(DashboardFilter filter, Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("notFinal", NOT_FINAL);
        String sql = "select r.status, r.organisation_code, r.department, r.recruiter, r.created_at, r.fte, r.openings,"
                + " r.salary_min, r.salary_max from requisition r where r.status in (:notFinal)"
                + requisitionWhere(filter, scope, params);
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            BigDecimal fte = rs.getBigDecimal("fte");
            int openings = rs.getInt("openings");
            return new OpenRow(RequisitionStatus.valueOf(rs.getString("status")), rs.getString("organisation_code"),
                    rs.getString("department"), rs.getString("recruiter"), instant(rs, "created_at"),
                    cost(rs.getBigDecimal("salary_min"), fte, openings), cost(rs.getBigDecimal("salary_max"), fte,
                            openings), openings);
        }).list();
    }

    private static @Nullable BigDecimal cost(@Nullable BigDecimal salary, BigDecimal fte, int openings) {
        return salary == null ? null : salary.multiply(fte).multiply(BigDecimal.valueOf(openings));
    }

    /** The categories of the requisitions the person sees, for the filter. */
    List<String> categories(Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        String mine = "";
        if (!scope.allRequisitions()) {
            mine = " where r.requested_by = :me or r.hiring_manager = :me";
            params.put("me", scope.username());
        }
        List<String> categories = new ArrayList<>();
        for (String category : jdbc.sql("select distinct r.category from requisition r" + mine + " order by r.category")
                .params(params).query(String.class).list()) {
            if (category != null) { // the column is not null; the driver's type says it may be
                categories.add(category);
            }
        }
        return categories;
    }

    /** Steps decided in the period, per step label: from the step's turn to its decision. */
    List<Durations> stepDurations(DashboardFilter filter, Scope scope, ZoneId zone) {
        Map<String, Object> params = period(filter, zone);
        String days = DAYS_BETWEEN.formatted("s.activated_at", "s.decided_at");
        String sql = "select s.label, count(*) n, percentile_cont(0.5) within group (order by " + days + ") m,"
                + " percentile_cont(0.9) within group (order by " + days + ") p"
                + " from approval_step s join requisition r on r.id = s.requisition_id"
                + " where s.decided_at >= :from and s.decided_at < :to and s.activated_at is not null"
                + " and s.state in ('APPROVED', 'CONSULTED', 'REJECTED', 'CHANGES_REQUESTED')"
                + requisitionWhere(filter, scope, params) + " group by s.label order by m desc";
        return jdbc.sql(sql).params(params).query((rs, n) -> new Durations(rs.getString("label"), rs.getString("label"),
                rs.getLong("n"), number(rs, "m"), number(rs, "p"))).list();
    }

    /** Rounds approved in the period, per chain: from submission to the round's last decision. */
    List<Durations> chainDurations(DashboardFilter filter, Scope scope, ZoneId zone) {
        Map<String, Object> params = period(filter, zone);
        String days = DAYS_BETWEEN.formatted("x.submitted_at", "x.done");
        String sql = "select x.kind, count(*) n, percentile_cont(0.5) within group (order by " + days + ") m,"
                + " percentile_cont(0.9) within group (order by " + days + ") p from ("
                + " select ar.kind, ar.submitted_at, max(s.decided_at) done,"
                + " sum(case when s.state in (" + ROUND_NOT_APPROVED + ") then 1 else 0 end) stopped,"
                + " sum(case when s.state = 'APPROVED' then 1 else 0 end) approved"
                + " from approval_request ar join approval_step s on s.request_id = ar.id"
                + " join requisition r on r.id = ar.requisition_id where ar.submitted_at < :to"
                + requisitionWhere(filter, scope, params) + " group by ar.id, ar.kind, ar.submitted_at) x"
                + " where x.stopped = 0 and x.approved > 0 and x.done >= :from and x.done < :to group by x.kind";
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            RequisitionKind kind = RequisitionKind.valueOf(rs.getString("kind"));
            return new Durations(kind.name(), kind.label(), rs.getLong("n"), number(rs, "m"), number(rs, "p"));
        }).list();
    }

    /** The steps requisitions wait at now (their approver's turn), longest waits first. */
    List<WaitingStep> waitingNow(DashboardFilter filter, Scope scope, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("now", utc(now));
        String days = DAYS_BETWEEN.formatted("s.activated_at", ":now");
        String sql = "select s.label, count(*) n, percentile_cont(0.5) within group (order by " + days + ") m,"
                + " max(" + days + ") longest from approval_step s join requisition r on r.id = s.requisition_id"
                + " where s.state = 'WAITING' and s.activated_at is not null" + requisitionWhere(filter, scope, params)
                + " group by s.label order by longest desc";
        return jdbc.sql(sql).params(params).query((rs, n) -> new WaitingStep(rs.getString("label"), rs.getLong("n"),
                rs.getDouble("m"), rs.getDouble("longest"))).list();
    }

    /** Decisions in the period that sent a requisition back (changes requested) or rejected it, by state. */
    Map<String, Long> stoppedRounds(DashboardFilter filter, Scope scope, ZoneId zone) {
        Map<String, Object> params = period(filter, zone);
        String sql = "select s.state, count(*) n from approval_step s join requisition r on r.id = s.requisition_id"
                + " where s.decided_at >= :from and s.decided_at < :to and s.state in ('REJECTED', 'CHANGES_REQUESTED')"
                + requisitionWhere(filter, scope, params) + " group by s.state";
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            counts.put(rs.getString("state"), rs.getLong("n"));
        });
        return counts;
    }

    /** Offers accepted in the period, with the requisition's last approval before the acceptance. */
    List<AcceptedRow> acceptedOffers(DashboardFilter filter, Scope scope, ZoneId zone) {
        Map<String, Object> params = period(filter, zone);
        String sql = "select r.organisation_code, r.category, o.responded_at, o.start_date,"
                + " (select max(s.decided_at) from approval_step s where s.requisition_id = r.id and s.state = 'APPROVED'"
                + " and s.decided_at <= o.responded_at) approved_at"
                + " from job_offer o join job_application a on a.id = o.application_id"
                + " join requisition r on r.id = o.requisition_id"
                + " where o.status = 'ACCEPTED' and o.responded_at >= :from and o.responded_at < :to"
                + hiringWhere(filter, scope, params);
        return jdbc.sql(sql).params(params).query((rs, n) -> new AcceptedRow(rs.getString("organisation_code"),
                rs.getString("category"), instant(rs, "responded_at"), day(rs, "start_date"),
                nullableInstant(rs, "approved_at"))).list();
    }

    /**
     * Every column of {@link ApplicationTally} summed over the period, for what the person may see (of
     * the applications submitted in it: furthest stage, stage now, source and hires; of the stage moves
     * made in it: per stage left, how many and the days spent in it), and the {@code busiest}
     * requisitions by applications submitted in it, with their funnels. One scan of the tally, summed per
     * requisition once, which both the total and the busiest read.
     */
    HiringTally hiringTally(DashboardFilter filter, Scope scope, ZoneId zone, int busiest) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>(ApplicationTally.applicationColumns());
        columns.addAll(ApplicationTally.moveColumns());
        String applied = ApplicationTally.FURTHEST.stream().map(stage -> "p." + ApplicationTally.furthest(stage))
                .collect(Collectors.joining(" + "));
        String sql = "with per_requisition as (select x.requisition_id, "
                + columns.stream().map(column -> "sum(x." + column + ") " + column).collect(Collectors.joining(", "))
                + " from (" + tallied(TallyWindow.of(filter, zone), filter, scope, params) + ") x group by x.requisition_id)"
                + " select cast(null as bigint) id, cast(null as varchar(200)) reference, cast(null as varchar(200)) title, "
                + columns.stream().map(column -> "coalesce(sum(p." + column + "), 0) " + column)
                        .collect(Collectors.joining(", ")) + " from per_requisition p"
                + " union all select * from (select r.id, r.reference, r.title, "
                + columns.stream().map(column -> "p." + column).collect(Collectors.joining(", "))
                + " from per_requisition p join requisition r on r.id = p.requisition_id where " + applied + " > 0"
                + " order by " + applied + " desc, r.reference fetch first " + busiest + " rows only) busiest";
        return jdbc.sql(sql).params(params).query(rs -> {
            TallyTotals totals = new TallyTotals(Map.of(), Map.of());
            List<RequisitionFunnel> funnels = new ArrayList<>();
            while (rs.next()) {
                Map<String, Long> applications = new LinkedHashMap<>();
                for (String column : ApplicationTally.applicationColumns()) {
                    applications.put(column, rs.getLong(column));
                }
                if (rs.getObject("id") == null) {
                    Map<ApplicationStage, StageTime> times = new EnumMap<>(ApplicationStage.class);
                    for (ApplicationStage stage : ApplicationStage.values()) {
                        times.put(stage, new StageTime(rs.getLong(ApplicationTally.left(stage)),
                                rs.getDouble(ApplicationTally.daysIn(stage))));
                    }
                    totals = new TallyTotals(applications, times);
                } else {
                    funnels.add(funnel(rs.getLong("id"), rs.getString("reference"), rs.getString("title"), applications));
                }
            }
            funnels.sort(Comparator.comparingLong(RequisitionFunnel::applied).reversed()
                    .thenComparing(RequisitionFunnel::reference));
            return new HiringTally(totals, funnels);
        });
    }

    /** One requisition's applications by how far they got: reached is this stage or a later one. */
    private static RequisitionFunnel funnel(long id, String reference, String title, Map<String, Long> applications) {
        long[] reached = new long[ApplicationTally.FURTHEST.size()];
        for (int i = 0; i < reached.length; i++) {
            reached[i] = ApplicationTally.FURTHEST.get(i).andLater().stream()
                    .mapToLong(stage -> applications.get(ApplicationTally.furthest(stage))).sum();
        }
        return new RequisitionFunnel(id, reference, title, reached[0], reached[1], reached[2], reached[3], reached[4],
                reached[5]);
    }

    /** The period's tally for the person: totals, and the busiest requisitions' funnels, busiest first. */
    record HiringTally(TallyTotals totals, List<RequisitionFunnel> busiest) {
    }

    /** The tally's application columns by name, and per stage the moves out of it. */
    record TallyTotals(Map<String, Long> applications, Map<ApplicationStage, StageTime> stageTimes) {
    }

    /** How many moves left a stage and the days they had spent in it, together. */
    record StageTime(long moves, double days) {
    }

    /**
     * A part's sum of one column, named by it: counts as integers (a requisition's counts in a part are
     * small), so summing the parts per requisition adds integers, not the decimals a sum of sums becomes.
     */
    private static String summed(String expression, String column) {
        return column.startsWith("days_") ? "sum(" + expression + ") " + column
                : "cast(sum(" + expression + ") as integer) " + column;
    }

    /** What the tally counts, with where the same measures come from in the rows. */
    private enum Tallied {
        APPLICATIONS("a.submitted_at", " from job_application a join requisition r on r.id = a.requisition_id where "),
        MOVES("c.changed_at", " from application_stage_change c join job_application a on a.id = c.application_id"
                + " join requisition r on r.id = a.requisition_id where c.from_stage is not null and ");

        private final String when;
        private final String rows;

        Tallied(String when, String rows) {
            this.when = when;
            this.rows = rows;
        }

        Map<String, String> measures() {
            return this == APPLICATIONS ? ApplicationTally.applicationMeasures() : ApplicationTally.moveMeasures();
        }
    }

    /**
     * The period's sums of the tally's columns per requisition, in parts each summed on its own (so each
     * scan aggregates as it reads): the whole UTC months and days from the tally ({@link TallyWindow});
     * the applications and moves at the ends from the rows the person may see; minus the tallied ones
     * hidden from them (an internal applicant they manage, on a requisition outside their team: few
     * rows, by index). One row per part and requisition, with {@code requisition_id}.
     */
    private static String tallied(TallyWindow window, DashboardFilter filter, Scope scope, Map<String, Object> params) {
        List<String> columns = new ArrayList<>(ApplicationTally.applicationColumns());
        columns.addAll(ApplicationTally.moveColumns());
        String scopeSql = requisitionScope(filter, scope, params);
        String groupBy = " group by a.requisition_id";
        params.put("from", utc(window.from()));
        params.put("to", utc(window.to()));
        List<String> parts = new ArrayList<>();
        if (window.tallied()) {
            params.put("firstDay", window.firstDay());
            params.put("endDay", window.endDay());
            params.put("firstMonth", window.firstMonth());
            params.put("endMonth", window.endMonth());
            params.put("tallyFrom", utc(window.tallyFrom()));
            params.put("tallyTo", utc(window.tallyTo()));
            // A hiring manager's few requisitions lead the tally's scan (its requisition index) rather than follow it.
            Set<Long> reviewed = scope.reviewed();
            String mine = reviewed != null && !reviewed.isEmpty() ? " and t.requisition_id in (:reviewed)" : "";
            String sums = "select t.requisition_id, "
                    + columns.stream().map(column -> summed("t." + column, column)).collect(Collectors.joining(", "))
                    + " from application_tally t" + (scopeSql.isEmpty() ? "" : " join requisition r on r.id = t.requisition_id")
                    + " where ";
            // One part per range, each a plain range of the tally's keys: the month rows, then the day rows
            // before and after them. Ranges joined by "or" read every day row of the period when a plan
            // guesses the period wrong, and per requisition when a filter leads from the requisitions.
            for (String range : List.of("t.span = 'MONTH' and t.period_start >= :firstMonth and t.period_start < :endMonth",
                    "t.span = 'DAY' and t.period_start >= :firstDay and t.period_start < :firstMonth",
                    "t.span = 'DAY' and t.period_start >= :endMonth and t.period_start < :endDay")) {
                parts.add(sums + range + mine + scopeSql + " group by t.requisition_id");
            }
        }
        for (Tallied what : Tallied.values()) {
            String when = what.when;
            // Each end its own plain range too: H2 reads a whole table for a range "or" a range.
            List<String> ends = window.tallied()
                    ? List.of(when + " >= :from and " + when + " < :tallyFrom", when + " >= :tallyTo and " + when + " < :to")
                    : List.of(when + " >= :from and " + when + " < :to");
            for (String end : ends) {
                parts.add(rows(what, columns, 1) + end + managerRule(scope, params, true) + scopeSql + groupBy);
            }
            if (window.tallied() && scope.employeeId() != null) {
                parts.add(rows(what, columns, -1) + when + " >= :tallyFrom and " + when + " < :tallyTo"
                        + managerRule(scope, params, false) + scopeSql + groupBy);
            }
        }
        return String.join(" union all ", parts);
    }

    /**
     * The select of the rows' sums of {@code columns} per requisition (zero for those {@code what} does
     * not count), negated to take them away, up to the start of their conditions.
     */
    private static String rows(Tallied what, List<String> columns, int sign) {
        Map<String, String> measures = what.measures();
        return "select a.requisition_id, " + columns.stream().map(column -> {
            String measure = measures.get(column);
            if (measure == null) {
                return (column.startsWith("days_") ? "cast(0 as double precision) " : "0 ") + column;
            }
            return summed((sign < 0 ? "-" : "") + measure, column);
        }).collect(Collectors.joining(", ")) + what.rows;
    }

    /**
     * The candidate grid's rule for an internal applicant the viewer manages: shown only on their own
     * team's requisitions. {@code visible}: the condition keeping what they see, else what is hidden.
     */
    private static String managerRule(Scope scope, Map<String, Object> params, boolean visible) {
        Long employee = scope.employeeId();
        if (employee == null) {
            return "";
        }
        params.put("viewerEmployee", employee);
        boolean team = !scope.team().isEmpty();
        if (team) {
            params.put("team", scope.team());
        }
        if (visible) {
            return " and (a.applicant_manager_employee_id is null or a.applicant_manager_employee_id <> :viewerEmployee"
                    + (team ? " or a.requisition_id in (:team)" : "") + ")";
        }
        return " and a.applicant_manager_employee_id = :viewerEmployee" + (team ? " and a.requisition_id not in (:team)" : "");
    }

    private static String sums(List<String> columns) {
        return columns.stream().map(column -> "coalesce(sum(x." + column + "), 0) " + column)
                .collect(Collectors.joining(", "));
    }

    /** Offers answered, made and made outside their range in the period. */
    OfferFigures offers(DashboardFilter filter, Scope scope, ZoneId zone) {
        Map<String, Object> params = period(filter, zone);
        String inPeriod = " >= :from and %s < :to";
        String sql = "select"
                + " sum(case when o.status = 'ACCEPTED' and o.responded_at" + inPeriod.formatted("o.responded_at")
                + " then 1 else 0 end) accepted,"
                + " sum(case when o.status = 'DECLINED' and o.responded_at" + inPeriod.formatted("o.responded_at")
                + " then 1 else 0 end) declined,"
                + " sum(case when o.offered_at" + inPeriod.formatted("o.offered_at") + " then 1 else 0 end) made,"
                + " sum(case when o.offered_at" + inPeriod.formatted("o.offered_at")
                + " and o.exception_requested_at is not null then 1 else 0 end) outside,"
                + " sum(case when o.offered_at" + inPeriod.formatted("o.offered_at")
                + " and o.status = 'PENDING_EXCEPTION' then 1 else 0 end) waiting,"
                + " sum(case when o.offered_at" + inPeriod.formatted("o.offered_at")
                + " and o.exception_decided_at is not null and o.status <> 'REJECTED_EXCEPTION' then 1 else 0 end) approved,"
                + " sum(case when o.offered_at" + inPeriod.formatted("o.offered_at")
                + " and o.status = 'REJECTED_EXCEPTION' then 1 else 0 end) rejected"
                + " from job_offer o join job_application a on a.id = o.application_id"
                + " join requisition r on r.id = o.requisition_id"
                + " where (o.offered_at >= :from and o.offered_at < :to or o.responded_at >= :from and o.responded_at < :to)"
                + hiringWhere(filter, scope, params);
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            long accepted = rs.getLong("accepted");
            long declined = rs.getLong("declined");
            Double rate = accepted + declined == 0 ? null : (double) accepted / (accepted + declined);
            return new OfferFigures(accepted, declined, rate, rs.getLong("made"), rs.getLong("outside"),
                    rs.getLong("waiting"), rs.getLong("approved"), rs.getLong("rejected"));
        }).single();
    }

    /** Seats active today that nobody holds, with when they were last held and their open requisitions. */
    List<VacantSeatRow> vacantSeats(DashboardFilter filter, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", today);
        params.put("notFinal", NOT_FINAL);
        String sql = "select p.code, p.title, o.code organisation_code, p.department, p.active_from, p.retirement_risk,"
                + " (select max(i.effective_to) from position_incumbency i where i.position_id = p.id"
                + " and i.effective_to <= :today) last_held,"
                + " (select count(*) from requisition q where q.position_code = p.code and q.status in (:notFinal))"
                + " open_requisitions from org_position p join organisation o on o.id = p.organisation_id"
                + seatWhere(filter, params) + " and not exists (select 1 from position_incumbency i"
                + " where i.position_id = p.id and i.effective_from <= :today"
                + " and (i.effective_to is null or i.effective_to > :today))";
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            LocalDate lastHeld = nullableDay(rs, "last_held");
            return new VacantSeatRow(rs.getString("code"), rs.getString("title"), rs.getString("organisation_code"),
                    rs.getString("department"), lastHeld != null ? lastHeld : day(rs, "active_from"),
                    rs.getBoolean("retirement_risk"), rs.getLong("open_requisitions"));
        }).list();
    }

    record VacantSeatRow(String code, String title, String organisationCode, @Nullable String department,
            LocalDate vacantSince, boolean retirementRisk, long openRequisitions) {
    }

    /** Seats active today flagged for retirement risk: holder, successors named and ready now. */
    List<RiskSeat> riskSeats(DashboardFilter filter, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", today);
        String sql = "select p.code, p.title, o.code organisation_code,"
                + " (select min(e.given_name || ' ' || e.family_name) from position_incumbency i"
                + " join employee e on e.id = i.employee_id where i.position_id = p.id and i.effective_from <= :today"
                + " and (i.effective_to is null or i.effective_to > :today)) incumbent,"
                + " (select count(*) from succession_candidate sc where sc.position_id = p.id) successors,"
                + " (select count(*) from succession_candidate sc where sc.position_id = p.id"
                + " and sc.readiness = 'READY_NOW') ready"
                + " from org_position p join organisation o on o.id = p.organisation_id" + seatWhere(filter, params)
                + " and p.retirement_risk = true";
        return jdbc.sql(sql).params(params).query((rs, n) -> new RiskSeat(rs.getString("code"), rs.getString("title"),
                rs.getString("organisation_code"), rs.getString("incumbent"), rs.getLong("successors"),
                rs.getLong("ready") > 0)).list();
    }

    /** Seats active today, in the entity and department asked for (seats have no category). */
    private static String seatWhere(DashboardFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(
                " where p.active_from <= :today and (p.retired_from is null or p.retired_from > :today)");
        if (filter.organisationCode() != null) {
            where.append(" and o.code = :org");
            params.put("org", filter.organisationCode());
        }
        if (filter.department() != null) {
            where.append(" and lower(p.department) like :dept");
            params.put("dept", TextLimits.containing(filter.department()));
        }
        return where.toString();
    }

    /** The requisition row rule and the filter's entity, department and category, on {@code r}. */
    private static String requisitionWhere(DashboardFilter filter, Scope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (!scope.allRequisitions()) {
            where.append(" and (r.requested_by = :me or r.hiring_manager = :me)");
            params.put("me", scope.username());
        }
        return where.append(narrowing(filter, params)).toString();
    }

    /**
     * The candidate grid's row rule on {@code a} and {@code r}: the requisitions reviewed, never one the
     * viewer is a candidate on, an internal applicant they manage only on their own team's requisitions.
     */
    private static String hiringWhere(DashboardFilter filter, Scope scope, Map<String, Object> params) {
        return requisitionScope(filter, scope, params) + managerRule(scope, params, true);
    }

    /** The candidate grid's row rule on the requisition {@code r}: those reviewed, never one the viewer is a candidate on. */
    private static String requisitionScope(DashboardFilter filter, Scope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (scope.reviewed() != null) {
            if (scope.reviewed().isEmpty()) {
                where.append(" and 1 = 0");
            } else {
                where.append(" and r.id in (:reviewed)");
                params.put("reviewed", scope.reviewed());
            }
        }
        if (!scope.candidacies().isEmpty()) {
            where.append(" and r.id not in (:candidacies)");
            params.put("candidacies", scope.candidacies());
        }
        return where.append(narrowing(filter, params)).toString();
    }

    /** Entity exactly; department and category contained in any case, as the requisition grid filters them. */
    private static String narrowing(DashboardFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (filter.organisationCode() != null) {
            where.append(" and r.organisation_code = :org");
            params.put("org", filter.organisationCode());
        }
        if (filter.department() != null) {
            where.append(" and lower(r.department) like :dept");
            params.put("dept", TextLimits.containing(filter.department()));
        }
        if (filter.category() != null) {
            where.append(" and lower(r.category) like :category");
            params.put("category", TextLimits.containing(filter.category()));
        }
        return where.toString();
    }

    /** The period's first moment and the moment after its last day, in the server's zone. */
    private static Map<String, Object> period(DashboardFilter filter, ZoneId zone) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", Dates.startOf(filter.from(), zone));
        params.put("to", Dates.after(filter.to(), zone));
        return params;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Instant value = nullableInstant(rs, column);
        if (value == null) {
            throw new IllegalStateException(column + " is null");
        }
        return value;
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        LocalDate value = nullableDay(rs, column);
        if (value == null) {
            throw new IllegalStateException(column + " is null");
        }
        return value;
    }

    private static @Nullable LocalDate nullableDay(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
