package health.staffing.candidates;

import health.staffing.base.DomainException;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.ConflictOfInterest;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may read and act on which applications: the one place the candidates feature decides it
 * (decision 10). Every service of the feature asks here; the grid's SQL follows the same
 * {@link Viewer}.
 * <ul>
 * <li><b>Scope.</b> HR (the RECRUITER role) reviews every requisition's candidates; a hiring manager
 * those of the requisitions on whose hiring team they are (its hiring manager or recruiter), whatever
 * other roles they hold — the CMO office's and finance's sight of every requisition never reaches
 * its candidates, and requesting a requisition does not put one on its hiring team.
 * Administrators and approvers without those roles read no candidate data.</li>
 * <li><b>Conflict of interest.</b> Nobody reviews or acts on a requisition on which they are a
 * candidate themselves (they follow their own application under My applications).</li>
 * <li><b>Confidentiality.</b> The person who managed an internal applicant when they applied does
 * not see the application unless they are on the requisition's hiring team.</li>
 * </ul>
 * Outside the scope an application answers exactly like a missing one.
 */
@Component
public class HiringAccess {

    /** More requisitions than one person hires or recruits for at once. */
    private static final int MAX_TEAM_REQUISITIONS = 1000;

    private final UserAccountService accounts;
    private final RequisitionService requisitions;
    private final OrgChartService orgChart;
    private final JobApplicationRepository applications;
    private final ConflictOfInterest conflicts;
    private final Clock clock;

    HiringAccess(UserAccountService accounts, RequisitionService requisitions, OrgChartService orgChart,
            JobApplicationRepository applications, ConflictOfInterest conflicts, Clock clock) {
        this.accounts = accounts;
        this.requisitions = requisitions;
        this.orgChart = orgChart;
        this.applications = applications;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    /**
     * The person looking. {@code team}: the requisitions they hire or recruit for (for HR
     * only looked up when they manage an applicant, as it matters only for confidentiality);
     * {@code candidacies}: those on which they are a candidate; {@code employeeId}: set only when
     * some application names them as the applicant's manager.
     */
    public record Viewer(String username, boolean hr, boolean hiringManager, @Nullable Long employeeId, Set<Long> team,
            Set<Long> candidacies) {

        /** Whether this person reviews the requisition's candidates. */
        public boolean reviews(long requisitionId) {
            return !candidacies.contains(requisitionId) && (hr || hiringManager && team.contains(requisitionId));
        }

        /** The requisitions whose candidates this person reviews, or null for "all but {@link #candidacies}" (HR). */
        public @Nullable Set<Long> reviewedRequisitions() {
            if (hr) {
                return null;
            }
            if (!hiringManager) {
                return Set.of();
            }
            Set<Long> reviewed = new HashSet<>(team);
            reviewed.removeAll(candidacies);
            return reviewed;
        }

        public boolean managesNoApplicant() {
            return employeeId == null;
        }

        /** Managed the internal applicant when they applied and is not on the requisition's hiring team. */
        boolean hiddenFrom(JobApplication application) {
            return employeeId != null && employeeId.equals(application.getApplicantManagerEmployeeId())
                    && !team.contains(application.getRequisitionId());
        }

        public boolean sees(JobApplication application) {
            return reviews(application.getRequisitionId()) && !hiddenFrom(application);
        }
    }

    public Viewer viewer() {
        String me = CurrentUser.required();
        boolean hr = CurrentUser.isHr();
        boolean hiringManager = CurrentUser.hasRole(AppRoles.HIRING_MANAGER);
        Long employeeId = accounts.employeeIdOf(me).orElse(null);
        boolean managesApplicants = employeeId != null && applications.existsByApplicantManagerEmployeeId(employeeId);
        Set<Long> team = hiringManager || managesApplicants ? requisitions.hiringTeamOf(me, MAX_TEAM_REQUISITIONS)
                : Set.of();
        return new Viewer(me, hr, hiringManager, managesApplicants ? employeeId : null, team,
                conflicts.requisitionsOf(me));
    }

    /**
     * The application, if the viewer may see it; otherwise "There is no application N", exactly as
     * for a missing one. A candidate asking for their own requisition's applications is recorded.
     */
    public JobApplication visible(long applicationId, Viewer viewer) {
        JobApplication application = applications.findById(applicationId).orElseThrow(() -> missing(applicationId));
        if (viewer.candidacies().contains(application.getRequisitionId())) {
            recordHiddenRead(application, "application " + applicationId);
            throw missing(applicationId);
        }
        if (!viewer.sees(application)) {
            throw missing(applicationId);
        }
        return application;
    }

    /** Records that a candidate on the application's requisition asked for {@code what} of it. */
    public void recordHiddenRead(JobApplication application, String what) {
        conflicts.recordHiddenRead(application.getRequisitionId(), application.getReference(), what);
    }

    /** The conflict-of-interest refusal for acting on the application's requisition, recorded. */
    public DomainException refuse(JobApplication application, String action) {
        return conflicts.refuse(application.getRequisitionId(), application.getReference(), action);
    }

    /** Refuses with the conflict-of-interest message when the viewer is a candidate on the requisition. */
    public void checkNotCandidate(Viewer viewer, long requisitionId, String reference, String action) {
        if (viewer.candidacies().contains(requisitionId)) {
            throw conflicts.refuse(requisitionId, reference, action);
        }
    }

    /** The requisitions on which this person (by user name) is a candidate. */
    public Set<Long> candidaciesOf(String username) {
        return conflicts.requisitionsOf(username);
    }

    /** Whether this person (by user name) is a candidate on the requisition. */
    public boolean isCandidate(String username, long requisitionId) {
        return conflicts.isCandidate(username, requisitionId);
    }

    /**
     * Whether this employee manages the applicant, now or when they applied: such a manager neither
     * scores the application nor decides its offer exception.
     */
    public boolean managesApplicant(@Nullable Long employeeId, JobApplication application) {
        Long applicant = application.getCandidate().getEmployeeId();
        if (employeeId == null || applicant == null) {
            return false;
        }
        return employeeId.equals(application.getApplicantManagerEmployeeId())
                || employeeId.equals(currentManagerOf(applicant));
    }

    /** The ids, or a list holding only -1 when there are none: an empty IN list is not rendered alike everywhere. */
    public static Set<Long> orSentinel(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }

    /** The employee who manages this employee's seat today (solid line), if the seat above is filled. */
    @Nullable Long currentManagerOf(long employeeId) {
        LocalDate today = LocalDate.now(clock);
        return orgChart.positionHeldBy(employeeId).flatMap(seat -> orgChart.managerOf(seat.id(), today))
                .map(PositionSummary::incumbentEmployeeId).orElse(null);
    }

    static DomainException missing(long applicationId) {
        return new DomainException("There is no application " + applicationId + ".");
    }
}
