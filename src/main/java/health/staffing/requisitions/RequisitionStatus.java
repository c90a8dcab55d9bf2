package health.staffing.requisitions;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a requisition. The legal moves live here, in one place, so the aggregate, the
 * service and the screens (which only offer legal actions) agree.
 */
public enum RequisitionStatus {
    DRAFT("Draft"),
    PENDING_APPROVAL("Pending approval"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    POSTED("Posted"),
    ON_HOLD("On hold"),
    FILLED("Filled"),
    REJECTED("Rejected"),
    CANCELLED("Cancelled");

    private final String label;

    RequisitionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may move to. Re-approval (APPROVED/POSTED to PENDING_APPROVAL) is a material change. */
    public Set<RequisitionStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PENDING_APPROVAL, CANCELLED);
            case PENDING_APPROVAL -> EnumSet.of(APPROVED, CHANGES_REQUESTED, REJECTED, CANCELLED);
            case CHANGES_REQUESTED -> EnumSet.of(PENDING_APPROVAL, CANCELLED);
            case APPROVED -> EnumSet.of(POSTED, ON_HOLD, CANCELLED, PENDING_APPROVAL);
            case POSTED -> EnumSet.of(FILLED, ON_HOLD, CANCELLED, PENDING_APPROVAL);
            case ON_HOLD -> EnumSet.of(APPROVED, POSTED, CANCELLED);
            case FILLED, REJECTED, CANCELLED -> EnumSet.noneOf(RequisitionStatus.class);
        };
    }

    public boolean canMoveTo(RequisitionStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Whether the requester may still change anything without a new approval round. */
    public boolean isFreelyEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Approved and still to be filled: the seat shows "open requisition" in the org chart. */
    public boolean isOpen() {
        return this == APPROVED || this == POSTED || this == ON_HOLD || this == PENDING_APPROVAL;
    }
}
