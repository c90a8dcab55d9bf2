package health.staffing.candidates.offers;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What HR offers: the annual base salary actually paid at the offered FTE, the FTE with its
 * administrative part (the rest is clinical, as on the requisition), the start date and an
 * optional note the candidate also reads.
 */
public record OfferTerms(BigDecimal amount, BigDecimal fte, BigDecimal adminFte, LocalDate startDate, String note) {

    /** The widest text on an offer: the note, a justification, a decision comment, a reason (columns of 1,000). */
    public static final int MAX_TEXT = 1000;

    public BigDecimal clinicalFte() {
        return fte == null || adminFte == null ? null : fte.subtract(adminFte);
    }
}
