package health.staffing.approvals;

import health.staffing.requisitions.RequisitionKind;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything routing needs, already looked up: the chain of the requisition's kind, its salary
 * maximum, who must not decide (requester and hiring manager), and the dotted-line partner seats
 * with the incumbent's account, if any.
 */
record RoutingFacts(RequisitionKind kind, @Nullable BigDecimal salaryMax, List<ChainStep> chain, List<Partner> partners,
        String requestedBy, @Nullable String hiringManager) {

    /**
     * A dotted-line partner seat. {@code incumbentName} is null when the seat is vacant;
     * {@code username} is null when the incumbent has no account.
     */
    record Partner(String positionCode, String positionTitle, String label, @Nullable String incumbentName,
            @Nullable String username, @Nullable String displayName) {
    }
}
