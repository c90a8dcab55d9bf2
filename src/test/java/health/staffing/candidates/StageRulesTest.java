package health.staffing.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageRulesTest {

    @Test
    void a_rejection_needs_an_internal_reason_that_fits_its_column() {
        assertThat(StageRules.reasonProblem(ApplicationStage.REJECTED, "  ")).isEqualTo("Give a reason for the rejection.");
        assertThat(StageRules.reasonProblem(ApplicationStage.REJECTED, "x".repeat(1001)))
                .isEqualTo("The reason can be at most 1,000 characters; it has 1,001.");
        assertThat(StageRules.reasonProblem(ApplicationStage.REJECTED, "x".repeat(1000))).isNull();
        assertThat(StageRules.reasonProblem(ApplicationStage.SCREENING, null)).isNull();
    }

    @Test
    void the_message_to_the_candidate_is_optional_and_fits_its_column() {
        assertThat(StageRules.candidateMessageProblem(null)).isNull();
        assertThat(StageRules.candidateMessageProblem("Thank you for applying.")).isNull();
        assertThat(StageRules.candidateMessageProblem("x".repeat(2001)))
                .isEqualTo("The message to the candidate can be at most 2,000 characters; it has 2,001.");
    }

    @Test
    void phone_numbers_compare_by_their_last_ten_digits() {
        assertThat(DuplicateCandidates.digits("+1 (617) 555-0142")).isEqualTo(DuplicateCandidates.digits("617.555.0142"))
                .isEqualTo("6175550142");
        assertThat(DuplicateCandidates.digits(null)).isEmpty();
    }
}
