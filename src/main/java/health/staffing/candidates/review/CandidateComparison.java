package health.staffing.candidates.review;

import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.BoardCertification;
import health.staffing.candidates.StateLicense;
import health.staffing.candidates.screening.CriterionOutcome;
import health.staffing.candidates.screening.CriterionResult;
import health.staffing.requisitions.Degree;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Two to four candidates of one requisition side by side (Greenhouse's summary): the posting's
 * screening criteria ({@code screeningCriteria}, empty when the requisition has no published
 * posting) and the scorecard criteria ({@code scoreCriteria}) are the rows, each candidate a column
 * in the order asked for. Everything is already masked as the detail screen masks it (blind first
 * pass) and scores a reviewer may not see yet are left out (independent scoring).
 */
public record CandidateComparison(long requisitionId, String reference, String title, boolean screened,
        List<String> screeningCriteria, List<String> scoreCriteria, List<ComparedCandidate> candidates) {

    public CandidateComparison {
        screeningCriteria = List.copyOf(screeningCriteria);
        scoreCriteria = List.copyOf(scoreCriteria);
        candidates = List.copyOf(candidates);
    }

    /**
     * One column. {@code screening} holds one result per screening criterion, in the comparison's
     * order; in the blind first pass its details and expiry dates are left out. {@code match} is the
     * overall outcome today (null when there is no posting to screen against). {@code scores} is null
     * when {@code scoresHidden}: the caller is an assigned reviewer who has not submitted their own
     * scorecard. {@code bestScore} marks the highest mean among the visible ones (ties all marked).
     */
    public record ComparedCandidate(long applicationId, String name, boolean blind, ApplicationStage stage,
            boolean internal, @Nullable String currentPosition, Set<Degree> degrees,
            List<BoardCertification> boardCertifications, List<StateLicense> licenses, @Nullable Integer clinicalYears,
            @Nullable Integer leadershipYears, @Nullable Integer managedCareYears, List<CriterionResult> screening,
            @Nullable CriterionOutcome match, boolean scoresHidden, @Nullable ScoreSummary scores, boolean bestScore) {

        /** The outcome of one screening criterion, by its label. */
        public Optional<CriterionResult> criterion(String label) {
            return screening.stream().filter(c -> c.label().equals(label)).findFirst();
        }

        /** The mean of one scorecard criterion over the submitted scorecards; empty when hidden or unrated. */
        public Optional<BigDecimal> criterionMean(String criterion) {
            return scores == null ? Optional.empty() : scores.criteria().stream()
                    .filter(c -> c.criterion().equals(criterion)).findFirst()
                    .map(ScoreSummary.CriterionScore::average);
        }

        /** How many reviewers recommended what, strongest yes first. Empty when hidden or none submitted. */
        public Map<Recommendation, Long> recommendationCounts() {
            Map<Recommendation, Long> counts = new EnumMap<>(Recommendation.class);
            if (scores != null) {
                scores.recommendations().stream().filter(r -> r.recommendation() != null)
                        .forEach(r -> counts.merge(r.recommendation(), 1L, Long::sum));
            }
            return counts;
        }

        /** "2 × Strong yes, 1 × Yes"; empty text when there is nothing to count. */
        public String recommendationTally() {
            Map<Recommendation, Long> counts = recommendationCounts();
            return List.of(Recommendation.values()).reversed().stream().filter(counts::containsKey)
                    .map(r -> counts.get(r) + " × " + r.label()).collect(Collectors.joining(", "));
        }
    }
}
