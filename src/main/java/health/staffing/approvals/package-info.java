/**
 * Approvals: configurable approval chains per requisition kind, the sequential steps of every
 * approval round (role steps, named-person steps, salary-threshold steps and matrix-aware
 * "consulted" steps for dotted-line partners), the approver's inbox, delegation, and the trail.
 * <p>
 * It learns of submissions through {@link health.staffing.requisitions.RequisitionSubmitted},
 * snapshots what approvers must see, and reports back with
 * {@link health.staffing.requisitions.ApprovalOutcome}. Nothing depends on this feature except
 * through the requisitions ports ({@link health.staffing.requisitions.ApprovalTrail}).
 */
@ApplicationModule(displayName = "Approvals")
@NullMarked
package health.staffing.approvals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
