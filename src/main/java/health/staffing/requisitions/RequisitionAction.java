package health.staffing.requisitions;

import health.staffing.security.AppRoles;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a person can do with a requisition from its detail screen. Derived from the status machine
 * and the person's roles, so the screen never offers a move the service would refuse.
 */
public enum RequisitionAction {
    EDIT, SUBMIT, CANCEL, HOLD, RESUME, EDIT_POSTING, REASSIGN;

    static Set<RequisitionAction> availableTo(RequisitionStatus status, Set<String> roles, boolean ownRequisition) {
        boolean hr = roles.contains(AppRoles.RECRUITER) || roles.contains(AppRoles.ADMIN);
        boolean mayChange = hr || (ownRequisition && roles.contains(AppRoles.HIRING_MANAGER));
        Set<RequisitionAction> actions = EnumSet.noneOf(RequisitionAction.class);
        if (mayChange && (status.isFreelyEditable() || status == RequisitionStatus.APPROVED
                || status == RequisitionStatus.POSTED)) {
            actions.add(EDIT);
        }
        if (mayChange && status.canMoveTo(RequisitionStatus.PENDING_APPROVAL) && status.isFreelyEditable()) {
            actions.add(SUBMIT);
        }
        if (mayChange && status.canMoveTo(RequisitionStatus.CANCELLED)) {
            actions.add(CANCEL);
        }
        if (hr && status.canMoveTo(RequisitionStatus.ON_HOLD)) {
            actions.add(HOLD);
        }
        if (hr && status == RequisitionStatus.ON_HOLD) {
            actions.add(RESUME);
        }
        if (hr && (status == RequisitionStatus.APPROVED || status == RequisitionStatus.POSTED)) {
            actions.add(EDIT_POSTING);
        }
        if (roles.contains(AppRoles.RECRUITER) && !status.isFinal()) {
            actions.add(REASSIGN);
        }
        return actions;
    }
}
