package health.staffing.candidates;

import health.staffing.base.HiringRecordVisibility;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.requisitions.Candidacies;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells other features where a person is a candidate ({@link Candidacies}: the conflict-of-interest
 * rule of requisitions and approvals) and which hiring-record audit events they may read
 * ({@link HiringRecordVisibility}). A person is a candidate through their employee record (they
 * applied) or through an external candidate record with their work address (HR added them).
 */
@Component
class CandidacyRegister implements Candidacies, HiringRecordVisibility {

    private final UserAccountService accounts;
    private final EmployeeService employees;
    private final JobApplicationRepository applications;
    private final HiringAccess access;

    // Lazy: HiringAccess needs the requisitions feature, whose conflict rule needs this register.
    CandidacyRegister(UserAccountService accounts, EmployeeService employees, JobApplicationRepository applications,
            @Lazy HiringAccess access) {
        this.accounts = accounts;
        this.employees = employees;
        this.applications = applications;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> requisitionsOf(String username) {
        Optional<EmployeeSummary> person = accounts.findByUsername(username).map(UserSummary::employeeId)
                .flatMap(employees::findById);
        if (person.isEmpty()) {
            return Set.of();
        }
        String emailKey = person.get().email() == null ? "" : Candidate.emailKey(person.get().email());
        return Set.copyOf(applications.requisitionsOfCandidate(person.get().id(), emailKey));
    }

    /**
     * Only HR reads hiring-record events in the audit trail (the trail is HR's and administrators'
     * screen; an administrator who does not recruit sees none), and not those of requisitions they
     * are a candidate on or of applicants they manage without being on the hiring team.
     */
    @Override
    @Transactional(readOnly = true)
    public Scope forCurrentUser() {
        HiringAccess.Viewer viewer = access.viewer();
        if (!viewer.hr()) {
            return Scope.NONE;
        }
        Long manager = viewer.employeeId(); // set only when some application names them the applicant's manager
        Set<Long> hiddenApplications = manager == null ? Set.of()
                : Set.copyOf(applications.managedOutsideTeam(manager, HiringAccess.orSentinel(viewer.team())));
        return new Scope(true, viewer.candidacies(), hiddenApplications);
    }

}
