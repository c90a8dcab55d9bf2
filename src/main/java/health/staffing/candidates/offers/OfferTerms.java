package health.staffing.candidates.offers;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What HR offers: the annual base salary actually paid at the offered FTE, the FTE with its
 * administrative part (the rest is clinical, as on the requisition), the start date and an
 * optional note the candidate also reads.
 */
public record OfferTerms(@Nullable BigDecimal amount, @Nullable BigDecimal fte, @Nullable BigDecimal adminFte,
        @Nullable LocalDate startDate, @Nullable String note) {

    /** The widest text on an offer: the note, a justification, a decision comment, a reason (columns of 1,000). */
    public static final int MAX_TEXT = 1000;

    public @Nullable BigDecimal clinicalFte() {
        return fte == null || adminFte == null ? null : fte.subtract(adminFte);
    }
}
