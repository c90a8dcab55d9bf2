package health.staffing.candidates.review;

import health.staffing.base.Dates;
import health.staffing.base.TextLimits;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.HiringAccess;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.screening.ScreeningCriteria;
import health.staffing.requisitions.Degree;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The candidate grid's read model: one page of applications as one SQL query (the candidate, the
 * requisition's blind-pass switch and the viewer's own scorecard joined in), plus one query for the
 * page's degrees. The grid is the hot path at a million applications, so it reads rows, not
 * entities; the rules stay in {@link CandidateReviewService} and the classes named below, which this
 * only turns into SQL: the row rule, conflict of interest and confidentiality of {@link HiringAccess},
 * {@link ScreeningCriteria#current} (credential match),
 * {@link BlindReview#masks} and independent scoring. Runs unchanged on H2 and PostgreSQL.
 */
@Component
class ReviewQueries {

    /** Grid sort keys and their columns; anything else is ignored. */
    private static final Map<String, String> SORTABLE = Map.of("reference", "a.reference", "title", "a.title",
            "source", "a.source", "stage", "a.stage", "submittedAt", "a.submitted_at", "scoreAvg", "a.score_avg");

    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    /** The days a dashboard narrows by begin and end in the server's zone. */
    private final ZoneId zone;

    ReviewQueries(JdbcClient jdbc, EntityManager entityManager, Clock clock) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.zone = clock.getZone();
    }

    /** SQL reads past JPA: changes made earlier in the same transaction must reach the database first. */
    private void flushPendingChanges() {
        if (entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
    }

    /**
     * What the query needs to know about the viewer and today, besides the filter:
     * {@code visibleRequisitions} null for all (HR), and the viewer's candidacies and confidentiality.
     */
    record Scope(@Nullable Set<Long> visibleRequisitions, HiringAccess.Viewer viewer, LocalDate today,
            int expiringWithinDays, boolean viewerHasOpenScorecards) {

        /**
         * The score the viewer may filter and sort by. Independent scoring: where their own scorecard
         * is still a draft the others' mean must not leak through a filter or an order, so it counts
         * as unscored there. Only then the expression (which no index serves) replaces the column.
         */
        String score() {
            return viewerHasOpenScorecards ? "(case when s.status = 'DRAFT' then null else a.score_avg end)"
                    : "a.score_avg";
        }
    }

    /** A page row before names and masking: the candidate's own name parts, the employee id for an internal one. */
    record Found(ReviewRow row, @Nullable Long employeeId, @Nullable String externalName, boolean blindRequisition,
            boolean ownOpenScorecard) {
    }

    List<Found> page(ReviewFilter filter, Scope scope, String viewerUsername, Pageable page) {
        flushPendingChanges();
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, scope, params);
        params.put("me", viewerUsername);
        String sql = """
                select a.id, a.version, a.reference, a.title, a.source, a.stage, a.submitted_at, a.clinical_years,
                       a.leadership_years, a.managed_care_years, a.criteria_met, a.credentials_expire_on,
                       a.criteria_summary, a.score_avg, a.score_count, a.referred_by, c.employee_id, c.given_name,
                       c.family_name,
                       rs.blind_first_pass, s.status as own_scorecard
                  from job_application a
                  join candidate c on c.id = a.candidate_id
                  left join review_settings rs on rs.requisition_id = a.requisition_id
                  left join scorecard s on s.application_id = a.id and s.reviewer = :me
                """ + where + orderBy(page.getSort(), scope)
                // Literal numbers, not parameters: with a parameter PostgreSQL's generic plan cannot
                // count on a small page and may sort every match instead of walking an index.
                + " offset " + page.getOffset() + " rows fetch next " + page.getPageSize() + " rows only";
        List<Found> found = jdbc.sql(sql).params(params).query((rs, n) -> found(rs, scope)).list();
        return withDegrees(found);
    }

    long count(ReviewFilter filter, Scope scope) {
        flushPendingChanges();
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, scope, params);
        String ownScorecard = "";
        if (scope.viewerHasOpenScorecards() && filter.minScore() != null) {
            ownScorecard = " left join scorecard s on s.application_id = a.id and s.reviewer = :me";
            params.put("me", scope.viewer().username());
        }
        return jdbc.sql("select count(*) from job_application a" + ownScorecard + where).params(params)
                .query(Long.class).single();
    }

    /** The dashboard's narrowing: the requisition's entity, department and category, the days submitted, how far. */
    private static void narrow(ReviewNarrowing narrowing, ZoneId zone, List<String> where, Map<String, Object> params) {
        List<String> requisition = new ArrayList<>();
        if (narrowing.organisationCode() != null) {
            requisition.add("q.organisation_code = :narrowOrg");
            params.put("narrowOrg", narrowing.organisationCode());
        }
        if (narrowing.department() != null) {
            requisition.add("lower(q.department) like :narrowDept");
            params.put("narrowDept", TextLimits.containing(narrowing.department()));
        }
        if (narrowing.category() != null) {
            requisition.add("lower(q.category) like :narrowCategory");
            params.put("narrowCategory", TextLimits.containing(narrowing.category()));
        }
        if (!requisition.isEmpty()) {
            where.add("a.requisition_id in (select q.id from requisition q where " + String.join(" and ", requisition)
                    + ")");
        }
        // Hired in the period: the offer's acceptance moved the application to HIRED then (decision 8).
        String when = narrowing.hiredInPeriod() ? "a.stage_changed_at" : "a.submitted_at";
        if (narrowing.hiredInPeriod()) {
            where.add("a.stage = 'HIRED'");
        }
        if (narrowing.from() != null) {
            where.add(when + " >= :narrowFrom");
            params.put("narrowFrom", Dates.startOf(narrowing.from(), zone));
        }
        if (narrowing.to() != null) {
            where.add(when + " < :narrowTo");
            params.put("narrowTo", Dates.after(narrowing.to(), zone));
        }
        if (narrowing.reached() != null) {
            where.add("a.furthest_stage in (:narrowReached)");
            params.put("narrowReached", narrowing.reached().andLater().stream().map(Enum::name).toList());
        }
    }

    private String where(ReviewFilter filter, Scope scope, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (scope.visibleRequisitions() != null) {
            if (scope.visibleRequisitions().isEmpty()) {
                where.add("1 = 0");
            } else {
                where.add("a.requisition_id in (:visible)");
                params.put("visible", scope.visibleRequisitions());
            }
        }
        HiringAccess.Viewer viewer = scope.viewer();
        if (!viewer.candidacies().isEmpty()) {
            // Conflict of interest: never the candidates of a requisition the viewer applied to.
            where.add("a.requisition_id not in (:candidacies)");
            params.put("candidacies", viewer.candidacies());
        }
        if (!viewer.managesNoApplicant()) {
            String team = viewer.team().isEmpty() ? "" : " or a.requisition_id in (:team)";
            where.add("(a.applicant_manager_employee_id is null or a.applicant_manager_employee_id <> :viewerEmployee"
                    + team + ")");
            params.put("viewerEmployee", viewer.employeeId());
            if (!team.isEmpty()) {
                params.put("team", viewer.team());
            }
        }
        if (filter.reference() != null && !filter.reference().isBlank()) {
            where.add("a.reference = :reference");
            params.put("reference", filter.reference().trim());
        }
        if (filter.stages() != null && !filter.stages().isEmpty()) {
            where.add("a.stage in (:stages)");
            params.put("stages", filter.stages().stream().map(Enum::name).toList());
        }
        if (filter.internal() != null) {
            where.add("a.source = :source");
            params.put("source", (filter.internal() ? JobApplication.Source.INTERNAL : JobApplication.Source.EXTERNAL)
                    .name());
        }
        if (filter.referredOnly()) {
            where.add("a.referred_by is not null");
        }
        if (filter.match() != null) {
            // ScreeningCriteria.current in SQL: today's outcome from the two stored facts.
            params.put("today", scope.today());
            params.put("until", scope.today().plusDays(scope.expiringWithinDays()));
            where.add(switch (filter.match()) {
                case NOT_MET -> "(a.criteria_met = false or a.credentials_expire_on < :today)";
                case EXPIRING -> "(a.criteria_met = true and a.credentials_expire_on between :today and :until)";
                case MET -> "(a.criteria_met = true and (a.credentials_expire_on is null or a.credentials_expire_on > :until))";
            });
        }
        if (filter.minScore() != null) {
            where.add(scope.score() + " >= :minScore");
            params.put("minScore", filter.minScore());
        }
        narrow(filter.narrowing(), zone, where, params);
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    /** The grid's sort, unscored applications last, newest id breaking ties so pages never overlap. */
    private static String orderBy(Sort sort, Scope scope) {
        List<String> order = new ArrayList<>();
        for (Sort.Order o : sort) {
            String column = SORTABLE.get(o.getProperty());
            if ("a.score_avg".equals(column)) {
                order.add(scope.score() + (o.isAscending() ? " asc" : " desc") + " nulls last");
                continue;
            }
            if (column != null) {
                order.add(column + (o.isAscending() ? " asc" : " desc"));
            }
        }
        order.add("a.id desc");
        return " order by " + String.join(", ", order);
    }

    private static Found found(ResultSet rs, Scope scope) throws SQLException {
        Boolean criteriaMet = (Boolean) rs.getObject("criteria_met");
        java.sql.Date expires = rs.getDate("credentials_expire_on");
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Long employeeId = (Long) rs.getObject("employee_id", Long.class);
        String external = employeeId != null ? null
                : ((rs.getString("given_name") == null ? "" : rs.getString("given_name")) + " "
                        + (rs.getString("family_name") == null ? "" : rs.getString("family_name"))).trim();
        ReviewRow row = new ReviewRow(rs.getLong("id"), rs.getLong("version"), rs.getString("reference"),
                rs.getString("title"), "", JobApplication.Source.INTERNAL.name().equals(rs.getString("source")),
                ApplicationStage.valueOf(rs.getString("stage")), submitted.toInstant(), Set.of(),
                (Integer) rs.getObject("clinical_years", Integer.class),
                (Integer) rs.getObject("leadership_years", Integer.class),
                (Integer) rs.getObject("managed_care_years", Integer.class),
                ScreeningCriteria.current(criteriaMet, expires == null ? null : expires.toLocalDate(), scope.today(),
                        scope.expiringWithinDays()),
                rs.getString("criteria_summary"), rs.getBigDecimal("score_avg"), rs.getInt("score_count"), false,
                rs.getString("referred_by"));
        return new Found(row, employeeId, external, Boolean.TRUE.equals(rs.getObject("blind_first_pass")),
                "DRAFT".equals(rs.getString("own_scorecard")));
    }

    private List<Found> withDegrees(List<Found> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, Set<Degree>> degrees = new HashMap<>();
        jdbc.sql("select application_id, degree from application_degree where application_id in (:ids)")
                .param("ids", found.stream().map(f -> f.row().id()).toList())
                .query((rs, n) -> degrees.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(Degree.class))
                        .add(Degree.valueOf(rs.getString(2))))
                .list();
        return found.stream().map(f -> {
            ReviewRow r = f.row();
            return new Found(new ReviewRow(r.id(), r.version(), r.reference(), r.title(), r.candidateName(),
                    r.internal(), r.stage(), r.submittedAt(), degrees.getOrDefault(r.id(), Set.of()), r.clinicalYears(),
                    r.leadershipYears(), r.managedCareYears(), r.match(), r.criteriaSummary(), r.score(), r.scorecards(),
                    r.blind(), r.referredBy()), f.employeeId(), f.externalName(), f.blindRequisition(), f.ownOpenScorecard());
        }).toList();
    }
}
