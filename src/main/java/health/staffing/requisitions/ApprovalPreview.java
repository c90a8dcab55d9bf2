package health.staffing.requisitions;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The approval chain a requisition would go through if it were submitted now, for the form and the
 * draft before anyone submits. The approvals feature implements it (the same routing a submission
 * runs); requisitions only declares what it shows. Without approvals there is no preview.
 */
public interface ApprovalPreview {

    /** The steps in order, each with who decides it and, for a step that will not be asked, why not. */
    List<Step> stepsFor(RequisitionForm form, String requestedBy);

    record Step(String label, String approver, boolean consulted, @Nullable String skippedBecause) {
    }
}
