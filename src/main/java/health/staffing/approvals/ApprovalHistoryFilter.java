package health.staffing.approvals;

import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the approval history is filtered by: the days decisions were made between (both included), the
 * requisition's entity (exactly), department and category (contained, any case, as the requisition grid
 * filters them), the step's label (exactly) and the decisions; every part optional. The dashboard's
 * approval figures open the history with the same filter.
 */
public record ApprovalHistoryFilter(@Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable String organisationCode, @Nullable String department, @Nullable String category,
        @Nullable String step, Set<DecisionTaken> decisions) {

    public ApprovalHistoryFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("The period ends before it starts: choose a “to” date on or after the “from” date.");
        }
        organisationCode = TextLimits.filterValue(organisationCode);
        department = TextLimits.filterValue(department);
        category = TextLimits.filterValue(category);
        step = TextLimits.filterValue(step);
        decisions = Set.copyOf(decisions);
    }

    public static ApprovalHistoryFilter none() {
        return new ApprovalHistoryFilter(null, null, null, null, null, null, Set.of());
    }

}
