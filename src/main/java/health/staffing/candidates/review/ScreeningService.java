package health.staffing.candidates.review;

import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.JobApplicationRepository;
import health.staffing.candidates.screening.ApplicationScreener;
import health.staffing.candidates.screening.ScreeningResult;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screening criteria of one application, each with today's outcome and why, for the hiring
 * team. The application is read through {@link CandidateReviewService#detail}, so its row rule and
 * the confidentiality rule apply: an application the caller may not see answers like a missing one.
 */
@Service
@PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
public class ScreeningService {

    private final CandidateReviewService review;
    private final ApplicationScreener screener;
    private final JobApplicationRepository applications;
    private final BlindReview blind;

    ScreeningService(CandidateReviewService review, ApplicationScreener screener,
            JobApplicationRepository applications, BlindReview blind) {
        this.review = review;
        this.screener = screener;
        this.applications = applications;
        this.blind = blind;
    }

    /** Every criterion with its outcome today; empty when the requisition has no published posting. */
    @Transactional(readOnly = true)
    public Optional<ScreeningResult> screening(long applicationId) {
        ApplicationDetail application = review.detail(applicationId); // the row rule
        // Screen what was declared, not the blind-masked detail (it has no expiry dates, so a lapsed
        // credential would pass); in the blind first pass only the outcomes are shown.
        JobApplication stored = applications.findById(application.id()).orElseThrow();
        Optional<ScreeningResult> result = screener.evaluate(application.requisitionId(), stored.credentials());
        return blind.masks(stored) ? result.map(BlindReview::masked) : result;
    }

    /** How many days ahead a credential's expiry makes a criterion "expiring". */
    public int expiringWithinDays() {
        return screener.expiringWithinDays();
    }
}
