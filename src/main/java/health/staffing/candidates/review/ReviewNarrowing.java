package health.staffing.candidates.review;

import health.staffing.base.Dates;
import health.staffing.base.TextLimits;
import health.staffing.candidates.ApplicationStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the dashboard narrows the candidate grid when a figure is opened: the requisition's entity, its
 * department and category (contained, any case, as the requisition grid filters them), the days the
 * application was submitted between (both included) — or, with {@code hiredInPeriod}, the days it was
 * hired between (its offer accepted) — and the furthest stage it reached or passed. Every part is optional.
 */
public record ReviewNarrowing(@Nullable String organisationCode, @Nullable String department,
        @Nullable String category, @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable ApplicationStage reached, boolean hiredInPeriod) {

    public static final ReviewNarrowing NONE = new ReviewNarrowing(null, null, null, null, null, null, false);

    public ReviewNarrowing {
        organisationCode = TextLimits.filterValue(organisationCode);
        department = TextLimits.filterValue(department);
        category = TextLimits.filterValue(category);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** "entity MH · department contains “Surgery” · submitted 1 Jan 2026 – 6 Dec 2026 · reached Interview". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (organisationCode != null) {
            parts.add("entity " + organisationCode);
        }
        if (department != null) {
            parts.add("department contains “" + department + "”");
        }
        if (category != null) {
            parts.add("category contains “" + category + "”");
        }
        if (from != null || to != null) {
            parts.add((hiredInPeriod ? "hired " : "submitted ") + (from == null ? "until " + Dates.day(to)
                    : to == null ? "from " + Dates.day(from)
                    : Dates.day(from) + " – " + Dates.day(to)));
        }
        if (reached != null) {
            parts.add("reached " + reached.label().toLowerCase(java.util.Locale.ROOT) + " or further");
        }
        return String.join(" · ", parts);
    }

}
