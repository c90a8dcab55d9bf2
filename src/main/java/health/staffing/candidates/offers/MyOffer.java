package health.staffing.candidates.offers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An offer as the candidate sees it: the terms and their own answer, nothing of HR's internal exception. */
public record MyOffer(long id, long version, long applicationId, OfferStatus status, BigDecimal amount,
        BigDecimal fte, BigDecimal adminFte, LocalDate startDate, @Nullable String note, @Nullable Instant respondedAt,
        @Nullable String responseReason) {

    public boolean awaitingAnswer() {
        return status == OfferStatus.EXTENDED;
    }

    public BigDecimal clinicalFte() {
        return fte.subtract(adminFte);
    }
}
