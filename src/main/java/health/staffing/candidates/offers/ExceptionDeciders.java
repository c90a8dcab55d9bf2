package health.staffing.candidates.offers;

import health.staffing.candidates.HiringAccess;
import health.staffing.candidates.JobApplication;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionTeam;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who in the CMO office decides an offer exception, in one rule for the list, the decision and the
 * notification: not a candidate on the requisition (conflict of interest), not whoever requested the
 * exception, not the applicant's manager then or now (confidentiality), not whoever requested or
 * hires for the requisition (segregation of duties).
 */
@Component
class ExceptionDeciders {

    /** Why someone does not decide, in the order the decision checks it. */
    enum Bar { CANDIDATE, REQUESTER, MANAGES_APPLICANT, RUNS_REQUISITION }

    /** A member of the CMO office as the rule needs them. */
    record Decider(String username, @Nullable Long employeeId, Set<Long> candidacies) {
    }

    private final HiringAccess access;
    private final RequisitionService requisitions;
    private final UserAccountService accounts;

    ExceptionDeciders(HiringAccess access, RequisitionService requisitions, UserAccountService accounts) {
        this.access = access;
        this.requisitions = requisitions;
        this.accounts = accounts;
    }

    /** The signed-in person as a decider. */
    Decider current() {
        String me = CurrentUser.required();
        return new Decider(me, accounts.employeeIdOf(me).orElse(null), access.viewer().candidacies());
    }

    /** Everyone in the CMO office who may decide this exception. */
    List<String> of(JobOffer offer) {
        Map<Long, Optional<RequisitionTeam>> teams = new HashMap<>();
        return accounts.withRole(AppRoles.CMO_OFFICE).stream()
                .map(user -> new Decider(user.username(), user.employeeId(), access.candidaciesOf(user.username())))
                .filter(decider -> bar(decider, offer, teams).isEmpty()).map(Decider::username).toList();
    }

    /**
     * Why this person does not decide the exception, or empty when they do. {@code teams} keeps the
     * requisitions' teams looked up in one pass over several offers.
     */
    Optional<Bar> bar(Decider decider, JobOffer offer, Map<Long, Optional<RequisitionTeam>> teams) {
        JobApplication application = offer.getApplication();
        long requisitionId = application.getRequisitionId();
        if (decider.candidacies().contains(requisitionId)) {
            return Optional.of(Bar.CANDIDATE);
        }
        if (decider.username().equals(offer.getExceptionRequestedBy())) {
            return Optional.of(Bar.REQUESTER);
        }
        if (access.managesApplicant(decider.employeeId(), application)) {
            return Optional.of(Bar.MANAGES_APPLICANT);
        }
        boolean runs = teams.computeIfAbsent(requisitionId, requisitions::team)
                .map(team -> decider.username().equals(team.requestedBy())
                        || decider.username().equals(team.hiringManager())).orElse(false);
        return runs ? Optional.of(Bar.RUNS_REQUISITION) : Optional.empty();
    }
}
