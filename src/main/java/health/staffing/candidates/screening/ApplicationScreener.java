package health.staffing.candidates.screening;

import health.staffing.candidates.ApplicationScreening;
import health.staffing.candidates.DeclaredCredentials;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.JobApplicationRepository;
import health.staffing.requisitions.PostingPublished;
import health.staffing.requisitions.PostingRequirements;
import health.staffing.requisitions.PostingService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each application's stored screening facts in step with its posting's requirements: when
 * the caregiver applies, when the application's credentials change (whoever changes them calls
 * {@link #screen(JobApplication)}), and when a new version of the posting is published (every
 * application to that requisition is evaluated again against the new requirements, in the
 * publishing transaction). The day-dependent "expiring" state is never stored, so nothing has to
 * run as days pass.
 */
@Component
@EnableConfigurationProperties(ScreeningProperties.class)
public class ApplicationScreener implements ApplicationScreening {

    private final JobApplicationRepository applications;
    private final PostingService postings;
    private final Clock clock;
    private final ScreeningProperties properties;

    ApplicationScreener(JobApplicationRepository applications, PostingService postings, Clock clock,
            ScreeningProperties properties) {
        this.applications = applications;
        this.postings = postings;
        this.clock = clock;
        this.properties = properties;
    }

    public int expiringWithinDays() {
        return properties.expiringWithinDays();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The requirements screening uses for this requisition (its last published posting's). */
    Optional<PostingRequirements> requirements(long requisitionId) {
        return postings.publishedRequirements(requisitionId);
    }

    /** Every criterion with today's outcome; empty when the requisition has no published posting. */
    public Optional<ScreeningResult> evaluate(long requisitionId, DeclaredCredentials credentials) {
        return requirements(requisitionId).map(r -> evaluate(r, credentials));
    }

    public ScreeningResult evaluate(PostingRequirements requirements, DeclaredCredentials credentials) {
        return ScreeningCriteria.evaluate(requirements, credentials, today(), expiringWithinDays());
    }

    @Override
    public void screen(JobApplication application) {
        requirements(application.getRequisitionId())
                .ifPresent(r -> store(application, evaluate(r, application.credentials())));
    }

    private static boolean store(JobApplication application, ScreeningResult result) {
        return application.screened(result.criteriaMet(), result.credentialsExpireOn(), result.summary());
    }

    /** A new posting version may ask for different things: evaluate that requisition's applications again. */
    @EventListener
    @Transactional
    void postingPublished(PostingPublished published) {
        boolean changed = false;
        for (JobApplication application : applications.findByRequisitionId(published.requisitionId())) {
            changed |= store(application, evaluate(published.requirements(), application.credentials()));
        }
        if (changed) {
            applications.flush(); // plain SQL readers in the same transaction (the job board, reports) see it
        }
    }
}
