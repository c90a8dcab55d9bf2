package health.staffing.insight;

import health.staffing.base.Dates;
import health.staffing.base.TextLimits;
import health.staffing.candidates.ApplicationStage;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's SQL: one query per figure group, aggregating in the database (counts, medians and
 * p90 with {@code percentile_cont}) where the rows are many, and returning rows only where they are few
 * (open requisitions, accepted offers, vacant seats). Durations are in days from epoch seconds, which
 * H2 and PostgreSQL compute alike. The row rules come in as a {@link Scope} the service built.
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

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Applications submitted in the period by furthest stage reached and stage now. */
    Map<ApplicationStage, Map<ApplicationStage, Long>> funnel(DashboardFilter filter, Scope scope, ZoneId zone) {
        Map<String, Object> params = period(filter, zone);
        String sql = "select a.furthest_stage, a.stage, count(*) n from job_application a"
                + " join requisition r on r.id = a.requisition_id where a.submitted_at >= :from and a.submitted_at < :to"
                + hiringWhere(filter, scope, params) + " group by a.furthest_stage, a.stage";
        Map<ApplicationStage, Map<ApplicationStage, Long>> counts = new EnumMap<>(ApplicationStage.class);
        jdbc.sql(sql).params(params).query(rs -> {
            counts.computeIfAbsent(ApplicationStage.valueOf(rs.getString("furthest_stage")),
                    stage -> new EnumMap<>(ApplicationStage.class))
                    .put(ApplicationStage.valueOf(rs.getString("stage")), rs.getLong("n"));
        });
        return counts;
    }

    /** Median days in each stage for the moves out of it in the period. */
    Map<ApplicationStage, Double> daysInStage(DashboardFilter filter, Scope scope, ZoneId zone) {
        Map<String, Object> params = period(filter, zone);
        String days = DAYS_BETWEEN.formatted("c.from_stage_since", "c.changed_at");
        String sql = "select c.from_stage, percentile_cont(0.5) within group (order by " + days + ") m"
                + " from application_stage_change c join job_application a on a.id = c.application_id"
                + " join requisition r on r.id = a.requisition_id where c.changed_at >= :from and c.changed_at < :to"
                + " and c.from_stage_since is not null" + hiringWhere(filter, scope, params) + " group by c.from_stage";
        Map<ApplicationStage, Double> medians = new EnumMap<>(ApplicationStage.class);
        jdbc.sql(sql).params(params).query(rs -> {
            medians.put(ApplicationStage.valueOf(rs.getString("from_stage")), rs.getDouble("m"));
        });
        return medians;
    }

    /** The requisitions with the most applications submitted in the period, with their funnels. */
    List<RequisitionFunnel> requisitionFunnels(DashboardFilter filter, Scope scope, ZoneId zone, int limit) {
        Map<String, Object> params = period(filter, zone);
        StringBuilder reached = new StringBuilder();
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW,
                ApplicationStage.FINALIST, ApplicationStage.OFFER, ApplicationStage.HIRED)) {
            reached.append(", sum(case when a.furthest_stage in (").append(stagesFrom(stage))
                    .append(") then 1 else 0 end) ").append(stage.name().toLowerCase(Locale.ROOT));
        }
        String sql = "select r.id, r.reference, r.title, count(*) applied" + reached
                + " from job_application a join requisition r on r.id = a.requisition_id"
                + " where a.submitted_at >= :from and a.submitted_at < :to" + hiringWhere(filter, scope, params)
                + " group by r.id, r.reference, r.title order by applied desc, r.reference fetch first " + limit
                + " rows only";
        return jdbc.sql(sql).params(params).query((rs, n) -> new RequisitionFunnel(rs.getLong("id"),
                rs.getString("reference"), rs.getString("title"), rs.getLong("applied"), rs.getLong("screening"),
                rs.getLong("interview"), rs.getLong("finalist"), rs.getLong("offer"), rs.getLong("hired"))).list();
    }

    /** The stages at and after {@code first} up to hired, quoted for SQL (constants, never input). */
    private static String stagesFrom(ApplicationStage first) {
        return first.andLater().stream().map(stage -> "'" + stage.name() + "'").collect(Collectors.joining(", "));
    }

    /** Applications submitted in the period by source and referral: applications and hires. */
    List<SourceCount> sources(DashboardFilter filter, Scope scope, ZoneId zone) {
        Map<String, Object> params = period(filter, zone);
        String sql = "select a.source, case when a.referred_by is null then 0 else 1 end referred, count(*) n,"
                + " sum(case when a.stage = 'HIRED' then 1 else 0 end) hired"
                + " from job_application a join requisition r on r.id = a.requisition_id"
                + " where a.submitted_at >= :from and a.submitted_at < :to" + hiringWhere(filter, scope, params)
                + " group by a.source, case when a.referred_by is null then 0 else 1 end";
        return jdbc.sql(sql).params(params).query((rs, n) -> new SourceCount(rs.getString("source"),
                rs.getInt("referred") == 1, rs.getLong("n"), rs.getLong("hired"))).list();
    }

    record SourceCount(String source, boolean referred, long applications, long hired) {
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
        if (scope.employeeId() != null) {
            String team = scope.team().isEmpty() ? "" : " or r.id in (:team)";
            where.append(" and (a.applicant_manager_employee_id is null or a.applicant_manager_employee_id <> :viewerEmployee")
                    .append(team).append(")");
            params.put("viewerEmployee", scope.employeeId());
            if (!team.isEmpty()) {
                params.put("team", scope.team());
            }
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
