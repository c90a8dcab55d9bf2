package health.staffing.approvals;

import health.staffing.requisitions.RequisitionKind;
import java.util.List;

/** A configured chain as the editor shows it; {@code version} guards concurrent edits. */
public record ApprovalChainView(RequisitionKind kind, long version, List<ChainStep> steps) {
}
