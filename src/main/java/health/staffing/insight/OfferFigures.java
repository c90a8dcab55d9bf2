package health.staffing.insight;

import org.jspecify.annotations.Nullable;

/**
 * Offers answered and made in the period: acceptance is accepted over accepted and declined;
 * outside the range counts offers made above or below their posted range, with their exceptions'
 * outcome (waiting for the CMO office, approved, rejected).
 */
public record OfferFigures(long accepted, long declined, @Nullable Double acceptanceRate, long made,
        long outsideRange, long exceptionsWaiting, long exceptionsApproved, long exceptionsRejected) {
}
