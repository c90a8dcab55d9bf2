package health.staffing.candidates.screening;

import health.staffing.base.Dates;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every criterion of a posting checked against one application. {@code criteriaMet} ignores expiry
 * (every criterion has a valid credential today); {@code credentialsExpireOn} is the earliest expiry
 * among the credentials that meet a criterion. These two are what the database keeps per
 * application, so the grid can tell "expiring" from today's date without re-reading credentials.
 */
public record ScreeningResult(List<CriterionResult> criteria, CriterionOutcome overall, boolean criteriaMet,
        @Nullable LocalDate credentialsExpireOn) {

    public ScreeningResult {
        criteria = List.copyOf(criteria);
    }

    /** One line per criterion without the day-dependent "expiring" state: the grid's tooltip. */
    public String summary() {
        if (criteria.isEmpty()) {
            return ScreeningCriteria.NO_CRITERIA;
        }
        StringBuilder text = new StringBuilder();
        for (CriterionResult c : criteria) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(c.label()).append(": ").append(c.preferred() ? c.verdict().toLowerCase(java.util.Locale.ROOT)
                    : c.outcome() == CriterionOutcome.NOT_MET ? "not met" : "met");
            if (c.outcome() != CriterionOutcome.NOT_MET && c.expiresOn() != null) {
                text.append(" until ").append(Dates.day(c.expiresOn()));
            }
        }
        return text.toString();
    }
}
