package health.staffing.candidates;

import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.RequisitionFilter;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Internal applicants' confidentiality: the person who managed the applicant when they applied (the
 * incumbent of the seat above theirs, solid line) does not see the application unless they are on
 * the requisition's hiring team. A hidden application answers exactly like a missing one.
 * <p>
 * Who is on the hiring team is decided by {@link #onHiringTeam} (one application) and
 * {@link #teamRequisitions} (for the grid's query, {@link ReviewQueries}): today the requisition's hiring manager and
 * recruiter. Assigned reviewers will join here.
 */
@Component
class HiringTeam {

    /** More requisitions than one person hires or recruits for at once. */
    private static final int MAX_TEAM_REQUISITIONS = 1000;

    private final UserAccountService accounts;
    private final RequisitionService requisitions;
    private final OrgChartService orgChart;
    private final JobApplicationRepository applications;
    private final Clock clock;

    HiringTeam(UserAccountService accounts, RequisitionService requisitions, OrgChartService orgChart,
            JobApplicationRepository applications, Clock clock) {
        this.accounts = accounts;
        this.requisitions = requisitions;
        this.orgChart = orgChart;
        this.applications = applications;
        this.clock = clock;
    }

    /**
     * Who is looking: their employee record (null when their account has none, so they manage
     * nobody) and the requisitions whose hiring team they are on — looked up only when some
     * application names them as the applicant's manager, so the usual grid read pays one indexed probe.
     */
    record Viewer(String username, Long employeeId, Set<Long> teamRequisitions) {

        boolean managesNoApplicant() {
            return employeeId == null;
        }
    }

    Viewer viewer() {
        String me = CurrentUser.username();
        Long employeeId = accounts.employeeIdOf(me).orElse(null);
        if (employeeId == null || !applications.existsByApplicantManagerEmployeeId(employeeId)) {
            return new Viewer(me, null, Set.of());
        }
        return new Viewer(me, employeeId, teamRequisitions(me));
    }

    /** The requisitions this user hires or recruits for. Hook: the lead adds assigned reviewers. */
    Set<Long> teamRequisitions(String username) {
        Set<Long> ids = new HashSet<>();
        for (RequisitionFilter filter : List.of(
                new RequisitionFilter(Set.of(), null, null, null, username, null, null, null),
                new RequisitionFilter(Set.of(), null, null, username, null, null, null, null))) {
            ids.addAll(requisitions.visibleIds(filter, MAX_TEAM_REQUISITIONS));
        }
        return ids;
    }

    /** Whether the viewer is on the hiring team of this application. Hook: the lead adds assigned reviewers. */
    boolean onHiringTeam(JobApplication application, Viewer viewer) {
        return viewer.teamRequisitions().contains(application.getRequisitionId());
    }

    /** True when the viewer managed the applicant and is not on the hiring team. */
    boolean hiddenFrom(JobApplication application, Viewer viewer) {
        return !viewer.managesNoApplicant() && viewer.employeeId().equals(application.getApplicantManagerEmployeeId())
                && !onHiringTeam(application, viewer);
    }

    /** The employee who manages this employee's seat today (solid line), if the seat above is filled. */
    Long currentManagerOf(long employeeId) {
        LocalDate today = LocalDate.now(clock);
        return orgChart.positionHeldBy(employeeId).flatMap(seat -> orgChart.managerOf(seat.id(), today))
                .map(PositionSummary::incumbentEmployeeId).orElse(null);
    }
}
