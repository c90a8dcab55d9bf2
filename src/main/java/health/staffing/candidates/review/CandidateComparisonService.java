package health.staffing.candidates.review;

import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.JobApplicationRepository;
import health.staffing.candidates.screening.ApplicationScreener;
import health.staffing.candidates.screening.CriterionResult;
import health.staffing.candidates.screening.ScreeningResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The side-by-side comparison of two to four candidates of one requisition, for the hiring team.
 * It builds on the reads that already carry the rules rather than repeating them:
 * <ul>
 * <li>each application is read through {@link CandidateReviewService#detail}, so the row rule and
 * the internal applicants' confidentiality apply (one application the caller may not see refuses
 * the whole comparison with "There is no application N.") and the blind first pass masks the
 * column exactly as the detail screen is masked;</li>
 * <li>scores come from {@link ApplicationScores}: where {@link ApplicationScores#maySeeScores} says no
 * (an assigned reviewer who has not submitted their own scorecard) the column says so instead.</li>
 * </ul>
 * Screening is evaluated on the declared credentials as stored, not on the masked detail, so a
 * lapsed credential is "not met" in the blind first pass too; only its details and dates are left out.
 */
@Service
@PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
public class CandidateComparisonService {

    public static final int MIN_CANDIDATES = 2;
    public static final int MAX_CANDIDATES = 4;

    private final CandidateReviewService review;
    private final ApplicationScores scores;
    private final JobApplicationRepository applications;
    private final ApplicationScreener screener;
    private final BlindReview blind;

    CandidateComparisonService(CandidateReviewService review, ApplicationScores scores,
            JobApplicationRepository applications, ApplicationScreener screener, BlindReview blind) {
        this.blind = blind;
        this.review = review;
        this.scores = scores;
        this.applications = applications;
        this.screener = screener;
    }

    /** The listed applications side by side, in the order given (repeats count once). */
    @Transactional(readOnly = true)
    public CandidateComparison compare(List<Long> applicationIds) {
        List<Long> ids = applicationIds == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(applicationIds.stream().filter(Objects::nonNull).toList()));
        if (ids.size() < MIN_CANDIDATES) {
            throw new DomainException("Choose two to four applications to compare; "
                    + (ids.isEmpty() ? "none was" : "only one was") + " chosen.");
        }
        if (ids.size() > MAX_CANDIDATES) {
            throw new DomainException("Compare at most four applications at a time; " + ids.size()
                    + " were chosen.");
        }
        // Every application through the row rule first, so a refusal below never names a requisition
        // of an application the caller may not see.
        List<ApplicationDetail> details = ids.stream().map(review::detail).toList();
        Set<String> references = details.stream().map(ApplicationDetail::reference)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (details.stream().map(ApplicationDetail::requisitionId).distinct().count() > 1) {
            throw new DomainException("Compare candidates of one requisition at a time; these applications are to "
                    + either(List.copyOf(references)) + ".");
        }
        ApplicationDetail first = details.getFirst();
        long requisitionId = first.requisitionId();

        List<Column> columns = new ArrayList<>();
        for (ApplicationDetail detail : details) {
            JobApplication application = applications.findById(detail.id()).orElseThrow();
            boolean blind = this.blind.masks(application); // the same test the detail was masked by
            Optional<ScreeningResult> screening = screener.evaluate(requisitionId, application.credentials())
                    .map(result -> blind ? BlindReview.masked(result) : result);
            boolean hidden = !scores.maySeeScores(detail.id());
            columns.add(new Column(detail, blind, screening, hidden,
                    hidden ? null : scores.summary(detail.id())));
        }
        boolean screened = columns.getFirst().screening().isPresent();
        List<String> screeningCriteria = screened ? columns.getFirst().screening().get().criteria().stream()
                .map(CriterionResult::label).toList() : List.of();
        LinkedHashSet<String> scoreCriteria = new LinkedHashSet<>(scores.criteria(requisitionId));
        columns.stream().filter(c -> c.scores() != null)
                .forEach(c -> c.scores().criteria().forEach(s -> scoreCriteria.add(s.criterion())));
        BigDecimal best = columns.stream().filter(c -> c.scores() != null).map(c -> c.scores().average())
                .filter(Objects::nonNull).max(BigDecimal::compareTo).orElse(null);

        return new CandidateComparison(requisitionId, first.reference(), first.title(), screened, screeningCriteria,
                List.copyOf(scoreCriteria), columns.stream().map(c -> c.toCandidate(best)).toList());
    }

    /** "102600, 102601 and 102619". */
    private static String either(List<String> references) {
        return references.size() == 1 ? references.getFirst()
                : String.join(", ", references.subList(0, references.size() - 1)) + " and " + references.getLast();
    }

    private record Column(ApplicationDetail detail, boolean blind, Optional<ScreeningResult> screening,
            boolean scoresHidden, @Nullable ScoreSummary scores) {

        CandidateComparison.ComparedCandidate toCandidate(@Nullable BigDecimal best) {
            ApplicationDetail d = detail;
            List<CriterionResult> criteria = screening.map(ScreeningResult::criteria).orElse(List.of());
            return new CandidateComparison.ComparedCandidate(d.id(), d.candidateName(), blind, d.stage(),
                    d.internal(), d.currentPosition(), d.degrees(), d.boardCertifications(), d.licenses(),
                    d.clinicalYears(), d.leadershipYears(), d.managedCareYears(), criteria,
                    screening.map(ScreeningResult::overall).orElse(null), scoresHidden, scores,
                    best != null && scores != null && scores.average() != null
                            && scores.average().compareTo(best) == 0);
        }
    }
}
