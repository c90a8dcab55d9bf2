package health.staffing.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.base.DomainException;
import health.staffing.insight.ApprovalFigures;
import health.staffing.insight.DashboardFilter;
import health.staffing.insight.DashboardService;
import health.staffing.insight.Durations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval history: every decided step under the requisition row rule, filtered as the dashboard's
 * approval figures are, so a figure and the history it opens count the same decisions.
 */
@DatabaseTest
@Transactional
class ApprovalHistoryServiceIT {

    @Autowired
    ApprovalHistoryService history;
    @Autowired
    DashboardService dashboard;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void hr_and_the_cmo_office_see_every_decision_and_a_hiring_manager_those_of_their_own_requisitions() {
        long decided = jdbc.sql("select count(*) from approval_step where decided_at is not null"
                + " and state in ('APPROVED', 'CONSULTED', 'REJECTED', 'CHANGES_REQUESTED')").query(Long.class).single();
        long managers = jdbc.sql("select count(*) from approval_step s join requisition r on r.id = s.requisition_id"
                + " where s.decided_at is not null and s.state in ('APPROVED', 'CONSULTED', 'REJECTED', 'CHANGES_REQUESTED')"
                + " and (r.requested_by = 'manager' or r.hiring_manager = 'manager')")
                .query(Long.class).single();

        for (String person : List.of("recruiter", "cmo", "finance", "admin")) {
            assertThat(As.user(person, () -> history.count(ApprovalHistoryFilter.none()))).as(person)
                    .isPositive().isEqualTo(decided);
        }
        assertThat(As.user("manager", () -> history.count(ApprovalHistoryFilter.none()))).isEqualTo(managers)
                .isLessThan(decided);
        List<ApprovalDecisionRow> page = As.user("cmo", () -> history.decisions(ApprovalHistoryFilter.none(),
                PageRequest.of(0, 50, Sort.by(Sort.Order.desc("decidedAt")))));
        assertThat(page).hasSize((int) Math.min(50, decided));
        assertThat(page).extracting(ApprovalDecisionRow::decidedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(page).allSatisfy(row -> {
            assertThat(row.reference()).isNotBlank();
            assertThat(row.days()).isNotNull().isGreaterThanOrEqualTo(0);
        });
        assertThatThrownBy(() -> As.user("caregiver", () -> history.count(ApprovalHistoryFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void each_step_figure_of_the_dashboard_counts_the_decisions_its_history_lists() {
        DashboardFilter year = DashboardFilter.lastYear(LocalDate.now(clock));
        ApprovalFigures figures = As.user("cmo", () -> dashboard.approvals(year));

        assertThat(figures.perStep()).isNotEmpty();
        for (Durations step : figures.perStep()) {
            ApprovalHistoryFilter same = new ApprovalHistoryFilter(year.from(), year.to(), null, null, null, step.key(),
                    Set.of());
            assertThat(As.user("cmo", () -> history.count(same))).as(step.label()).isEqualTo(step.count());
        }
        ApprovalHistoryFilter rejected = new ApprovalHistoryFilter(year.from(), year.to(), null, null, null, null,
                Set.of(DecisionTaken.REJECTED));
        assertThat(As.user("cmo", () -> history.count(rejected))).isEqualTo(figures.rejected());
        ApprovalHistoryFilter elsewhere = new ApprovalHistoryFilter(year.from(), year.to(), "NOPE", null, null, null,
                Set.of());
        assertThat(As.user("cmo", () -> history.count(elsewhere))).isZero();
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_with_a_reason() {
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> new ApprovalHistoryFilter(today, today.minusDays(1), null, null, null, null, Set.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("ends before it starts");
        ApprovalHistoryFilter hostile = new ApprovalHistoryFilter(null, null, null, "CMO\u202E%", "x".repeat(300),
                "'; drop table approval_step; --", Set.of());
        assertThat(As.user("cmo", () -> history.count(hostile))).isZero();
    }
}
