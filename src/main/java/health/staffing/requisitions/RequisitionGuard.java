package health.staffing.requisitions;

import health.staffing.base.DomainException;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a requisition, and who may run it: the row rule (HR and the CMO office see
 * all, others their own), the version check before a change, a hiring manager and recruiter with
 * active accounts, and never a candidate on the same requisition. {@link RequisitionService} asks
 * here before every read of one requisition and every change.
 */
@Component
class RequisitionGuard {

    private final RequisitionRepository requisitions;
    private final UserAccountService accounts;
    private final ConflictOfInterest conflicts;

    RequisitionGuard(RequisitionRepository requisitions, UserAccountService accounts, ConflictOfInterest conflicts) {
        this.requisitions = requisitions;
        this.accounts = accounts;
        this.conflicts = conflicts;
    }

    Requisition visible(long id) {
        Requisition requisition = requisitions.findById(id)
                .orElseThrow(() -> new DomainException("There is no requisition " + id + "."));
        if (viewer().seesAll() || isOwn(requisition)) {
            return requisition;
        }
        // Same answer as a missing id: a hiring manager cannot probe other departments' requisitions.
        throw new DomainException("There is no requisition " + id + ".");
    }

    Requisition editable(long id, long expectedVersion) {
        Requisition requisition = visible(id);
        if (requisition.getVersion() != expectedVersion) {
            throw new DomainException("Requisition " + requisition.getReference()
                    + " was changed by someone else. Reload it and try again.");
        }
        if (!CurrentUser.roles().contains(AppRoles.RECRUITER) && !CurrentUser.roles().contains(AppRoles.ADMIN)
                && !isOwn(requisition)) {
            throw new DomainException("Only HR, the requester or the hiring manager can change this requisition.");
        }
        conflicts.check(id, requisition.getReference(), "change this requisition");
        return requisition;
    }

    void checkPeople(@Nullable String hiringManagerName, @Nullable String recruiterName) {
        UserSummary hiringManager = accounts.findByUsername(hiringManagerName)
                .orElseThrow(() -> new DomainException("There is no user " + hiringManagerName + "."));
        UserSummary recruiter = accounts.findByUsername(recruiterName)
                .orElseThrow(() -> new DomainException("There is no user " + recruiterName + "."));
        if (!recruiter.roles().contains(AppRoles.RECRUITER)) {
            throw new DomainException(recruiter.displayName() + " is not a recruiter; choose someone from HR.");
        }
        if (!hiringManager.enabled() || !recruiter.enabled()) {
            throw new DomainException("The hiring manager and recruiter must have active accounts.");
        }
    }

    /** A candidate on the requisition can neither hire nor recruit for it. */
    void checkNotCandidates(Requisition requisition, @Nullable String hiringManager, @Nullable String recruiter) {
        for (String person : List.of(hiringManager, recruiter)) {
            if (conflicts.isCandidate(person, requisition.getId())) {
                String name = accounts.displayNames(List.of(person)).getOrDefault(person, person);
                throw new DomainException(name + " is a candidate for job " + requisition.getReference()
                        + " and cannot hire or recruit for it; choose someone else.");
            }
        }
    }

    static boolean isOwn(Requisition requisition) {
        String me = CurrentUser.username();
        return me != null && (me.equals(requisition.getRequestedBy()) || me.equals(requisition.getHiringManager()));
    }

    static RequisitionSpecifications.Viewer viewer() {
        boolean seesAll = RequisitionService.seesAllRequisitions(CurrentUser.roles());
        return new RequisitionSpecifications.Viewer(CurrentUser.required(), seesAll);
    }
}
