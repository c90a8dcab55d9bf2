package health.staffing.requisitions;

import health.staffing.base.TextLimits;
import java.util.Set;

/**
 * What the requisition grid is filtered by; every part is optional. Age is whole days since the
 * requisition was created. {@code text} matches the title or the job reference.
 */
public record RequisitionFilter(Set<RequisitionStatus> statuses, String organisationCode, String department,
        String recruiter, String hiringManager, Integer minAgeDays, Integer maxAgeDays, String text) {

    /** Typed parts lose what no query can take (see {@link TextLimits#searchable}). */
    public RequisitionFilter {
        organisationCode = TextLimits.searchable(organisationCode);
        department = TextLimits.searchable(department);
        recruiter = TextLimits.searchable(recruiter);
        hiringManager = TextLimits.searchable(hiringManager);
        text = TextLimits.searchable(text);
    }

    public static RequisitionFilter none() {
        return new RequisitionFilter(Set.of(), null, null, null, null, null, null, null);
    }
}
