package health.staffing.candidates;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an application came from besides internal or external: the referrals module records here,
 * in the transaction that links a referral to the application, who referred the candidate, so the
 * candidate grid can show and filter referrals (a port the nested module calls; nothing else does).
 */
@Component
public class ApplicationSources {

    static final int MAX_REFERRER = 200;

    private final JobApplicationRepository applications;

    ApplicationSources(JobApplicationRepository applications) {
        this.applications = applications;
    }

    /** The application came through a referral by {@code referrerName}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void referred(long applicationId, String referrerName) {
        String name = referrerName.strip();
        applications.findById(applicationId).ifPresent(application -> application.referredBy(
                name.length() <= MAX_REFERRER ? name : name.substring(0, MAX_REFERRER - 1) + "…"));
    }
}
