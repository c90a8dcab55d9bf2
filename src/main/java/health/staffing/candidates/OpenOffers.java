package health.staffing.candidates;

import health.staffing.base.AuditLog;
import health.staffing.security.CurrentUser;
import java.time.Instant;

/**
 * An application that ends (withdrawn by the candidate, rejected by HR) takes its open offer or
 * exception request with it, so nobody accepts or approves an offer on a closed application.
 */
final class OpenOffers {

    private OpenOffers() {
    }

    static void close(JobOfferRepository offers, AuditLog auditLog, JobApplication application, Instant at,
            String reason) {
        for (JobOffer offer : offers.findByApplicationOrderByOfferedAtDescIdDesc(application)) {
            if (offer.getStatus().isOpen()) {
                OfferStatus was = offer.getStatus();
                offer.rescind(CurrentUser.username(), at, reason);
                offers.saveAndFlush(offer);
                auditLog.record(application.hiringRecord(), OfferService.AUDIT_TYPE, offer.getId(), "RESCINDED",
                        was.name(),
                        "RESCINDED: " + reason);
            }
        }
    }
}
