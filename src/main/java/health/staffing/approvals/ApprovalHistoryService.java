package health.staffing.approvals;

import health.staffing.requisitions.RequisitionService;
import health.staffing.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval history: every decision on every requisition the person sees (HR, the CMO office, finance
 * and administrators all; a hiring manager those they requested or hire for), filtered and paged like a
 * grid, and exported as it is shown. The dashboard's approval cycle times open it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HIRING_MANAGER', 'RECRUITER', 'CMO_OFFICE', 'FINANCE', 'ADMIN')")
public class ApprovalHistoryService {

    private final ApprovalHistoryQueries queries;
    private final Clock clock;

    ApprovalHistoryService(ApprovalHistoryQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public List<ApprovalDecisionRow> decisions(ApprovalHistoryFilter filter, Pageable page) {
        return queries.page(filter, ownOnly(), clock.getZone(), page);
    }

    public long count(ApprovalHistoryFilter filter) {
        return queries.count(filter, ownOnly(), clock.getZone());
    }

    /** The step labels the filter offers. */
    public List<String> stepLabels() {
        return queries.stepLabels();
    }

    /** The requisition row rule: null when the person sees every requisition, else their user name. */
    private static @Nullable String ownOnly() {
        return RequisitionService.seesAllRequisitions(CurrentUser.roles()) ? null : CurrentUser.required();
    }
}
