package health.staffing.candidates.offers;

import health.staffing.base.AuditLog;
import health.staffing.candidates.ApplicationEnded;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.JobApplicationRepository;
import health.staffing.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An application that ends (withdrawn by the candidate, rejected by HR) takes its open offer or
 * exception request with it, so nobody accepts or approves an offer on a closed application. It
 * listens inside the ending transaction: the application and its offers close together or not at all.
 */
@Component
class OpenOffers {

    private final JobApplicationRepository applications;
    private final JobOfferRepository offers;
    private final AuditLog auditLog;

    OpenOffers(JobApplicationRepository applications, JobOfferRepository offers, AuditLog auditLog) {
        this.applications = applications;
        this.offers = offers;
        this.auditLog = auditLog;
    }

    @EventListener
    void close(ApplicationEnded ended) {
        JobApplication application = applications.findById(ended.applicationId()).orElseThrow();
        for (JobOffer offer : offers.findByApplicationOrderByOfferedAtDescIdDesc(application)) {
            if (offer.getStatus().isOpen()) {
                OfferStatus was = offer.getStatus();
                offer.rescind(CurrentUser.required(), ended.at(), ended.reason());
                offers.saveAndFlush(offer);
                auditLog.record(application.hiringRecord(), OfferService.AUDIT_TYPE, offer.getId(), "RESCINDED",
                        was.name(), "RESCINDED: " + ended.reason());
            }
        }
    }
}
