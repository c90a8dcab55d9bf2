package health.staffing.candidates.offers;

import health.staffing.base.AuditLog;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.ApplicationStageChanged;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.JobApplicationRepository;
import health.staffing.notifications.NotificationService;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What extending an offer does besides the offer itself, whether HR extends it at once or the CMO office
 * approves its exception: the application moves to OFFER and the candidate hears of it.
 */
@Component
class OfferExtension {

    private final JobApplicationRepository applications;
    private final UserAccountService accounts;
    private final NotificationService notifications;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    OfferExtension(JobApplicationRepository applications, UserAccountService accounts,
            NotificationService notifications, AuditLog auditLog, ApplicationEventPublisher events) {
        this.events = events;
        this.applications = applications;
        this.accounts = accounts;
        this.notifications = notifications;
        this.auditLog = auditLog;
    }

    /** The application moves to OFFER (when not there already) and an internal candidate is told. */
    void extend(JobOffer offer, Instant now) {
        JobApplication application = offer.getApplication();
        if (application.getStage() != ApplicationStage.OFFER) {
            ApplicationStage before = application.getStage();
            application.moveTo(ApplicationStage.OFFER, CurrentUser.required(), now, null);
            events.publishEvent(new ApplicationStageChanged(application.getId(), ApplicationStage.OFFER));
            applications.saveAndFlush(application);
            auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, application.getId(),
                    "STAGE_CHANGED", before.name(), ApplicationStage.OFFER.name());
        }
        tellCandidate(offer, "You have an offer: " + application.getTitle(),
                "Read the offer and accept or decline it under My applications.");
    }

    /** Tells an internal candidate (external people have no account) about their offer. */
    void tellCandidate(JobOffer offer, String subject, String body) {
        Long employeeId = offer.getApplication().getCandidate().getEmployeeId();
        if (employeeId == null) {
            return;
        }
        accounts.findByEmployeeId(employeeId).map(UserSummary::username)
                .ifPresent(username -> notifications.notify(username, subject, body, "my-applications"));
    }
}
