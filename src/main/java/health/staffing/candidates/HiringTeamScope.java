package health.staffing.candidates;

import health.staffing.base.DomainException;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who runs a requisition's review: HR and administrators for every requisition, a hiring manager
 * for the requisitions the requisitions feature shows them (their own). Assigned reviewers are not
 * the hiring team; they see only their assignments.
 */
@Component
class HiringTeamScope {

    private final RequisitionService requisitions;

    HiringTeamScope(RequisitionService requisitions) {
        this.requisitions = requisitions;
    }

    static boolean isHr() {
        return CurrentUser.hasRole(AppRoles.RECRUITER) || CurrentUser.hasRole(AppRoles.ADMIN);
    }

    boolean runs(long requisitionId) {
        if (isHr()) {
            return true;
        }
        if (!CurrentUser.hasRole(AppRoles.HIRING_MANAGER)) {
            return false;
        }
        try {
            requisitions.details(requisitionId);
            return true;
        } catch (DomainException notVisible) {
            return false;
        }
    }
}
