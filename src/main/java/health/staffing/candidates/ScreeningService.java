package health.staffing.candidates;

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
@PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN', 'HIRING_MANAGER')")
public class ScreeningService {

    private final CandidateReviewService review;
    private final ApplicationScreener screener;

    ScreeningService(CandidateReviewService review, ApplicationScreener screener) {
        this.review = review;
        this.screener = screener;
    }

    /** Every criterion with its outcome today; empty when the requisition has no published posting. */
    @Transactional(readOnly = true)
    public Optional<ScreeningResult> screening(long applicationId) {
        ApplicationDetail application = review.detail(applicationId);
        return screener.evaluate(application.requisitionId(), DeclaredCredentials.of(application));
    }

    /** How many days ahead a credential's expiry makes a criterion "expiring". */
    public int expiringWithinDays() {
        return screener.expiringWithinDays();
    }
}
