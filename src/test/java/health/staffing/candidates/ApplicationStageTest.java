package health.staffing.candidates;

import static health.staffing.candidates.ApplicationStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.base.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationStageTest {

    @Test
    void an_application_moves_forward_one_stage_at_a_time() {
        assertThat(APPLIED.next()).containsExactlyInAnyOrder(SCREENING, REJECTED, WITHDRAWN);
        assertThat(SCREENING.next()).containsExactlyInAnyOrder(INTERVIEW, REJECTED, WITHDRAWN);
        assertThat(INTERVIEW.next()).containsExactlyInAnyOrder(FINALIST, REJECTED, WITHDRAWN);
        assertThat(FINALIST.next()).containsExactlyInAnyOrder(OFFER, REJECTED, WITHDRAWN);
        assertThat(OFFER.next()).containsExactlyInAnyOrder(HIRED, REJECTED, WITHDRAWN);
    }

    @Test
    void final_stages_go_nowhere() {
        for (ApplicationStage stage : List.of(HIRED, REJECTED, WITHDRAWN)) {
            assertThat(stage.isFinal()).isTrue();
            assertThat(stage.next()).isEmpty();
        }
    }

    @Test
    void skipping_or_going_back_is_illegal() {
        assertThat(APPLIED.canMoveTo(INTERVIEW)).isFalse();
        assertThat(INTERVIEW.canMoveTo(SCREENING)).isFalse();
        assertThat(APPLIED.canMoveTo(HIRED)).isFalse();
    }

    @Test
    void every_stage_has_a_caregiver_friendly_status() {
        assertThat(SCREENING.caregiverText()).isEqualTo("Under review");
        for (ApplicationStage stage : values()) {
            assertThat(stage.caregiverText()).isNotBlank();
        }
    }

    private static JobApplication application() {
        ApplicationForm form = ApplicationForms.cvOnly();
        return new JobApplication(Candidate.internal(1), 1, "102600", "Title", form, "caregiver", Instant.EPOCH);
    }

    @Test
    void rejecting_needs_a_reason_and_withdrawing_is_recorded_in_the_history() {
        JobApplication application = application();
        assertThatThrownBy(() -> application.moveTo(REJECTED, "recruiter", Instant.EPOCH, " "))
                .isInstanceOf(DomainException.class).hasMessage("Give a reason for the rejection.");

        application.moveTo(WITHDRAWN, "caregiver", Instant.EPOCH, "Staying in my current role");

        assertThat(application.toMine().history()).extracting(MyStageChange::to).containsExactly(APPLIED, WITHDRAWN);
        assertThatThrownBy(() -> application.moveTo(SCREENING, "recruiter", Instant.EPOCH, null))
                .isInstanceOf(DomainException.class)
                .hasMessage("An application that is withdrawn cannot move to screening.");
    }
}
