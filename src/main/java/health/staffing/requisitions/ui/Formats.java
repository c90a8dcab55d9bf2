package health.staffing.requisitions.ui;

import health.staffing.base.ui.component.Badge;
import health.staffing.requisitions.RequisitionStatus;

/** How requisition screens show a status; money, FTE and dates follow the portal-wide {@code Money}, {@code Fte} and {@code Dates}. */
final class Formats {

    private Formats() {
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
