package health.staffing.insight;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.Dates;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.ApplicationTally;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.orgchart.SeatRequisitions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tally answers any period in any zone exactly: whole UTC months, whole UTC days and the hours left
 * at the ends (a zone five and a half hours from UTC leaves some at both) add up to what counting the
 * applications and moves themselves gives. Runs on H2 and PostgreSQL; rolls back.
 */
@DatabaseTest
@Transactional
class TallyWindowIT {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"));

    @Autowired
    DashboardQueries queries;
    @Autowired
    ApplicationService applications;
    @Autowired
    StageService stages;
    @Autowired
    CandidateReviewService review;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void months_days_and_the_hours_at_either_end_add_up_to_the_rows_in_every_zone() {
        String quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        long jordan = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.complete())).id();
        long version = As.user("recruiter", () -> review.detail(jordan)).version();
        As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan, version)), ApplicationStage.SCREENING,
                null));
        entityManager.flush();
        LocalDate today = LocalDate.now(clock);
        DashboardQueries.Scope everything = new DashboardQueries.Scope("recruiter", true, null, Set.of(), null, Set.of());
        List<DashboardFilter> periods = List.of(DashboardFilter.lastYear(today),
                new DashboardFilter(today, today, null, null, null),
                new DashboardFilter(today.withDayOfMonth(1), today, null, null, null),
                new DashboardFilter(today.minusMonths(14).withDayOfMonth(1), today.withDayOfMonth(1).minusDays(1), null,
                        null, null),
                new DashboardFilter(today.minusYears(3).plusDays(11), today.minusDays(2), null, null, null));

        for (ZoneId zone : ZONES) {
            for (DashboardFilter period : periods) {
                String what = zone + " " + period.from() + " – " + period.to();
                DashboardQueries.TallyTotals tallied = queries.hiringTally(period, everything, zone, 25).totals();
                Map<String, Long> totals = tallied.applications();
                for (ApplicationStage stage : ApplicationTally.FURTHEST) {
                    assertThat(totals.get(ApplicationTally.furthest(stage))).as(what + " furthest " + stage)
                            .isEqualTo(count("furthest_stage", stage, period, zone));
                }
                for (ApplicationStage stage : ApplicationStage.values()) {
                    assertThat(totals.get(ApplicationTally.now(stage))).as(what + " now " + stage)
                            .isEqualTo(count("stage", stage, period, zone));
                }
                Map<ApplicationStage, DashboardQueries.StageTime> times = tallied.stageTimes();
                for (ApplicationStage stage : ApplicationStage.values()) {
                    assertThat(times.get(stage).moves()).as(what + " left " + stage)
                            .isEqualTo(moves(stage, period, zone));
                }
            }
        }
        assertThat(queries.hiringTally(DashboardFilter.lastYear(today), everything, ZoneId.of("UTC"), 25).totals()
                .applications()
                .get(ApplicationTally.now(ApplicationStage.SCREENING))).isPositive();
    }

    private long count(String column, ApplicationStage stage, DashboardFilter period, ZoneId zone) {
        return jdbc.sql("select count(*) from job_application where " + column + " = :stage"
                + " and submitted_at >= :from and submitted_at < :to").param("stage", stage.name())
                .param("from", Dates.startOf(period.from(), zone)).param("to", Dates.after(period.to(), zone))
                .query(Long.class).single();
    }

    private long moves(ApplicationStage stage, DashboardFilter period, ZoneId zone) {
        return jdbc.sql("select count(*) from application_stage_change where from_stage = :stage"
                + " and from_stage_since is not null and changed_at >= :from and changed_at < :to")
                .param("stage", stage.name()).param("from", Dates.startOf(period.from(), zone))
                .param("to", Dates.after(period.to(), zone)).query(Long.class).single();
    }
}
