package health.staffing.requisitions;

import java.util.Set;

/**
 * What the requisition grid is filtered by; every part is optional. Age is whole days since the
 * requisition was created. {@code text} matches the title or the job reference.
 */
public record RequisitionFilter(Set<RequisitionStatus> statuses, String organisationCode, String department,
        String recruiter, String hiringManager, Integer minAgeDays, Integer maxAgeDays, String text) {

    public static RequisitionFilter none() {
        return new RequisitionFilter(Set.of(), null, null, null, null, null, null, null);
    }
}
