package health.staffing.insight;

import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard looks at: a period of days (both ends included) for what happened — approvals
 * decided, applications submitted, offers answered — and, optionally, one entity, a department and a
 * category, which narrow every panel. Department and category match as the requisition grid does
 * (contained, any case), so a drill-down shows exactly the records behind a figure. Open requisitions
 * and vacant seats are as of today whatever the period.
 */
public record DashboardFilter(LocalDate from, LocalDate to, @Nullable String organisationCode,
        @Nullable String department, @Nullable String category) {

    /** The longest period one dashboard reads: ten years. */
    public static final int MAX_PERIOD_DAYS = 3_660;

    public DashboardFilter {
        if (to.isBefore(from)) {
            throw new DomainException("The period ends before it starts: choose a “to” date on or after the “from” date.");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_PERIOD_DAYS) {
            throw new DomainException("Choose a period of at most ten years.");
        }
        organisationCode = TextLimits.filterValue(organisationCode);
        department = TextLimits.filterValue(department);
        category = TextLimits.filterValue(category);
    }

    /** The last twelve months up to today, everything. */
    public static DashboardFilter lastYear(LocalDate today) {
        return new DashboardFilter(today.minusYears(1).plusDays(1), today, null, null, null);
    }

    public DashboardFilter withOrganisation(@Nullable String code) {
        return new DashboardFilter(from, to, code, department, category);
    }

    public DashboardFilter withDepartment(@Nullable String typed) {
        return new DashboardFilter(from, to, organisationCode, typed, category);
    }

    public DashboardFilter withCategory(@Nullable String typed) {
        return new DashboardFilter(from, to, organisationCode, department, typed);
    }

}
