/**
 * Requisitions: the request to fill a leadership seat, from draft through approval to posting and
 * filling, and the posting that caregivers see. The status machine lives on the
 * {@link health.staffing.requisitions.RequisitionStatus}; approval chains belong to the approvals
 * feature, which learns of submissions through {@link health.staffing.requisitions.RequisitionSubmitted}
 * and reports back with {@link health.staffing.requisitions.ApprovalOutcome}.
 */
@ApplicationModule(displayName = "Requisitions and postings")
@NullMarked
package health.staffing.requisitions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
