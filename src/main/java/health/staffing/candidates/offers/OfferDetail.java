package health.staffing.candidates.offers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An offer as HR, the hiring team and the CMO office see it: the terms, the posted range they were
 * checked against, the exception (who asked, why; who decided, when, why) and the candidate's answer.
 * {@code seatCode} is the org-chart seat the accepted offer filled, null when it filled none.
 */
public record OfferDetail(long id, long version, long applicationId, String reference, String title,
        OfferStatus status, BigDecimal amount, BigDecimal fte, BigDecimal adminFte, LocalDate startDate, String note,
        OfferRange range, boolean withinRange, String offeredBy, Instant offeredAt, String exceptionJustification,
        String exceptionRequestedBy, Instant exceptionRequestedAt, String exceptionDecidedBy,
        Instant exceptionDecidedAt, String exceptionDecisionReason, String respondedBy, Instant respondedAt,
        String responseReason, String seatCode) {

    public BigDecimal clinicalFte() {
        return fte.subtract(adminFte);
    }
}
