package health.staffing.candidates.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.review.BlindReview;
import health.staffing.candidates.review.Recommendation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static final List<String> CRITERIA = List.of("Integrity and Trust", "Customer Focus");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static Scorecard assigned() {
        return new Scorecard(7, "reviewer", "recruiter", NOW);
    }

    @Test
    void a_rating_must_lie_between_one_and_five() {
        assertThatThrownBy(() -> new CriterionRating("Customer Focus", 0, null)).isInstanceOf(DomainException.class)
                .hasMessage("Rate \"Customer Focus\" from 1 to 5.");
        assertThatThrownBy(() -> new CriterionRating("Customer Focus", 6, null)).isInstanceOf(DomainException.class);
        assertThat(new CriterionRating("Customer Focus", 1, "  ").notes()).isNull();
        assertThat(new CriterionRating("Customer Focus", 5, " Clear ").notes()).isEqualTo("Clear");
        assertThat(new CriterionRating("Customer Focus", null, "thinking").rating()).isNull();
    }

    @Test
    void notes_have_a_length_limit() {
        assertThatThrownBy(() -> new CriterionRating("Customer Focus", 3, "x".repeat(4001)))
                .hasMessage("The note on \"Customer Focus\" can be at most 4,000 characters; it has 4,001.");
    }

    @Test
    void a_draft_keeps_whatever_was_typed_in_criterion_order() {
        Scorecard scorecard = assigned();

        scorecard.saveDraft(CRITERIA, new ScorecardEntry(List.of(new CriterionRating("Customer Focus", 4, "good"),
                new CriterionRating("Not a criterion", 5, null)), null));

        assertThat(scorecard.getRatings()).containsExactly(new CriterionRating("Integrity and Trust", null, null),
                new CriterionRating("Customer Focus", 4, "good"));
        assertThat(scorecard.isSubmitted()).isFalse();
        assertThat(scorecard.score()).isEqualByComparingTo("4.00");
    }

    @Test
    void submitting_needs_every_rating_and_the_recommendation_and_names_each_gap() {
        Scorecard scorecard = assigned();

        assertThatThrownBy(() -> scorecard.submit(CRITERIA, new ScorecardEntry(List.of(
                new CriterionRating("Customer Focus", 4, null)), null), NOW))
                .isInstanceOfSatisfying(IncompleteScorecardException.class, incomplete -> assertThat(
                        incomplete.problems()).containsOnlyKeys("Integrity and Trust",
                        IncompleteScorecardException.RECOMMENDATION));
        assertThat(scorecard.isSubmitted()).isFalse();
    }

    @Test
    void a_submitted_scorecard_is_final_and_scores_the_mean_of_its_ratings() {
        Scorecard scorecard = assigned();
        scorecard.submit(CRITERIA, new ScorecardEntry(List.of(new CriterionRating("Integrity and Trust", 5, null),
                new CriterionRating("Customer Focus", 4, null)), Recommendation.STRONG_YES), NOW);

        assertThat(scorecard.isSubmitted()).isTrue();
        assertThat(scorecard.getSubmittedAt()).isEqualTo(NOW);
        assertThat(scorecard.score()).isEqualByComparingTo(new BigDecimal("4.50"));
        assertThatThrownBy(() -> scorecard.saveDraft(CRITERIA, new ScorecardEntry(List.of(), Recommendation.NO)))
                .hasMessageContaining("submitted and is final");
        assertThatThrownBy(() -> scorecard.submit(CRITERIA, new ScorecardEntry(List.of(), Recommendation.NO), NOW))
                .hasMessageContaining("submitted and is final");
    }

    @Test
    void the_blind_alias_is_stable_per_application_and_differs_between_them() {
        assertThat(BlindReview.alias(1042)).isEqualTo(BlindReview.alias(1042)).matches("Candidate [0-9A-F]{4}");
        assertThat(BlindReview.alias(1042)).isNotEqualTo(BlindReview.alias(1043));
        assertThat(BlindReview.masks(true, ApplicationStage.APPLIED)).isTrue();
        assertThat(BlindReview.masks(true, ApplicationStage.SCREENING)).isFalse();
        assertThat(BlindReview.masks(false, ApplicationStage.APPLIED)).isFalse();
    }
}
