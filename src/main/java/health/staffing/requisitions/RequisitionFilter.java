package health.staffing.requisitions;

import health.staffing.base.TextLimits;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the requisition grid is filtered by; every part is optional. Age is whole days since the
 * requisition was created. {@code text} matches the title or the job reference; {@code department} and
 * {@code category} match what they are contained in, in any case.
 */
public record RequisitionFilter(Set<RequisitionStatus> statuses, @Nullable String organisationCode,
        @Nullable String department, @Nullable String recruiter, @Nullable String hiringManager,
        @Nullable Integer minAgeDays, @Nullable Integer maxAgeDays, @Nullable String text, @Nullable String category) {

    /** Typed parts lose what no query can take (see {@link TextLimits#searchable}). */
    public RequisitionFilter {
        organisationCode = TextLimits.searchable(organisationCode);
        department = TextLimits.searchable(department);
        recruiter = TextLimits.searchable(recruiter);
        hiringManager = TextLimits.searchable(hiringManager);
        text = TextLimits.searchable(text);
        category = TextLimits.searchable(category);
    }

    public static RequisitionFilter none() {
        return new RequisitionFilter(Set.of(), null, null, null, null, null, null, null, null);
    }

    /** Only requisitions in these statuses; none given: any status. */
    public static RequisitionFilter inStatus(RequisitionStatus... statuses) {
        return none().withStatuses(Set.of(statuses));
    }

    public RequisitionFilter withStatuses(Set<RequisitionStatus> only) {
        return new RequisitionFilter(only, organisationCode, department, recruiter, hiringManager, minAgeDays,
                maxAgeDays, text, category);
    }

    public RequisitionFilter withOrganisation(String code) {
        return new RequisitionFilter(statuses, code, department, recruiter, hiringManager, minAgeDays, maxAgeDays, text,
                category);
    }

    public RequisitionFilter withDepartment(String typed) {
        return new RequisitionFilter(statuses, organisationCode, typed, recruiter, hiringManager, minAgeDays, maxAgeDays,
                text, category);
    }

    public RequisitionFilter withRecruiter(String username) {
        return new RequisitionFilter(statuses, organisationCode, department, username, hiringManager, minAgeDays,
                maxAgeDays, text, category);
    }

    public RequisitionFilter withHiringManager(String username) {
        return new RequisitionFilter(statuses, organisationCode, department, recruiter, username, minAgeDays, maxAgeDays,
                text, category);
    }

    /** Created between {@code min} and {@code max} whole days ago; either may be null. */
    public RequisitionFilter withAgeDays(Integer min, Integer max) {
        return new RequisitionFilter(statuses, organisationCode, department, recruiter, hiringManager, min, max, text,
                category);
    }

    /** Requisitions whose category contains {@code typed}, in any case. */
    public RequisitionFilter withCategory(String typed) {
        return new RequisitionFilter(statuses, organisationCode, department, recruiter, hiringManager, minAgeDays,
                maxAgeDays, text, typed);
    }

    public RequisitionFilter withText(String typed) {
        return new RequisitionFilter(statuses, organisationCode, department, recruiter, hiringManager, minAgeDays,
                maxAgeDays, typed, category);
    }
}
