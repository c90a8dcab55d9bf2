package health.staffing.requisitions.ui;

import health.staffing.base.ui.component.Badge;
import health.staffing.requisitions.RequisitionStatus;

/** A requisition status as a coloured badge, the same on the list and the detail page. */
final class StatusBadges {

    private StatusBadges() {
    }

    static Badge status(RequisitionStatus status) {
        String tone = switch (status) {
            case APPROVED, POSTED, FILLED -> "success";
            case PENDING_APPROVAL, CHANGES_REQUESTED, ON_HOLD -> "warning";
            case REJECTED, CANCELLED -> "error";
            case DRAFT -> "neutral";
        };
        Badge badge = new Badge(status.label(), tone);
        badge.addClassName("status-badge");
        return badge;
    }
}
