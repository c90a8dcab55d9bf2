package health.staffing.candidates.offers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An offer as HR, the hiring team and the CMO office see it: the terms, the posted range they were
 * checked against, the exception (who asked, why; who decided, when, why) and the candidate's answer.
 * {@code seatCode} is the org-chart seat the accepted offer filled, null when it filled none.
 */
public record OfferDetail(long id, long version, long applicationId, String reference, String title,
        OfferStatus status, BigDecimal amount, BigDecimal fte, BigDecimal adminFte, LocalDate startDate,
        @Nullable String note, OfferRange range, boolean withinRange, String offeredBy, Instant offeredAt,
        @Nullable String exceptionJustification, @Nullable String exceptionRequestedBy,
        @Nullable Instant exceptionRequestedAt, @Nullable String exceptionDecidedBy,
        @Nullable Instant exceptionDecidedAt, @Nullable String exceptionDecisionReason, @Nullable String respondedBy,
        @Nullable Instant respondedAt, @Nullable String responseReason, @Nullable String seatCode) {

    public BigDecimal clinicalFte() {
        return fte.subtract(adminFte);
    }
}
