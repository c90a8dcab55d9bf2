package health.staffing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.base.ClusterLock;
import health.staffing.candidates.ApplicationTallies;
import health.staffing.insight.ApprovalFigures;
import health.staffing.insight.DashboardFilter;
import health.staffing.insight.DashboardService;
import health.staffing.insight.HiringFigures;
import health.staffing.insight.OpenRequisitions;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's year of past hiring loads on H2 and PostgreSQL as the services would have written it, once,
 * and gives every dashboard panel figures (the tests otherwise run without it; this one rolls back).
 */
@DatabaseTest
@Transactional
class DemoHiringHistoryIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClusterLock lock;
    @Autowired
    Clock clock;
    @Autowired
    DashboardService dashboard;
    @Autowired
    ApplicationTallies tallies;

    @Test
    void a_year_of_hiring_fills_every_panel_and_loads_only_once() {
        DashboardFilter year = DashboardFilter.lastYear(LocalDate.now(clock));
        HiringFigures before = As.user("recruiter", () -> dashboard.hiring(year));
        DemoHiringHistory history = new DemoHiringHistory(jdbc, lock, clock, tallies, true);

        history.run(new DefaultApplicationArguments());
        long requisitions = jdbc.sql("select count(*) from requisition").query(Long.class).single();
        new DemoHiringHistory(jdbc, lock, clock, tallies, true).run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("select count(*) from requisition").query(Long.class).single()).isEqualTo(requisitions);
        HiringFigures after = As.user("recruiter", () -> dashboard.hiring(year));
        assertThat(after.timeToFill().count()).isGreaterThanOrEqualTo(before.timeToFill().count() + 30);
        assertThat(after.timeToFill().medianDays()).isBetween(20.0, 120.0);
        assertThat(after.timeToStart().medianDays()).isGreaterThan(after.timeToFill().medianDays());
        assertThat(after.trend()).filteredOn(month -> month.filled() > 0).hasSizeGreaterThanOrEqualTo(8);
        assertThat(after.internalMobility()).isNotNull().isPositive();
        assertThat(after.offers().outsideRange()).isPositive();
        assertThat(after.offers().declined()).isPositive();
        assertThat(after.funnel()).allSatisfy(stage -> assertThat(stage.reached()).isPositive());
        assertThat(after.funnel()).filteredOn(stage -> stage.stage() != health.staffing.candidates.ApplicationStage.HIRED)
                .allSatisfy(stage -> assertThat(stage.averageDaysInStage()).isNotNull().isPositive());
        ApprovalFigures approvals = As.user("cmo", () -> dashboard.approvals(year));
        assertThat(approvals.perStep()).extracting(d -> d.label()).contains("CMO office", "Finance");
        assertThat(approvals.sentBack()).isPositive();
        OpenRequisitions open = As.user("cmo", () -> dashboard.openRequisitions(year));
        assertThat(open.onHold()).isPositive();
        assertThat(open.sentBack()).isPositive();
    }
}
