package health.staffing.candidates.interviews.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.As;
import health.staffing.DemoSeed;
import health.staffing.ViewTest;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.candidates.interviews.InterviewService;
import health.staffing.candidates.interviews.InterviewStatus;
import health.staffing.candidates.interviews.InterviewSummary;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.security.UserAccountService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The Interviews tab of Jordan's application in Interview; each test rolls back. */
@ViewTest
@Transactional
class InterviewsTabTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    CandidateReviewService review;
    @Autowired
    StageService stages;
    @Autowired
    InterviewService interviews;
    @Autowired
    UserAccountService accounts;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    Clock clock;

    private long jordan;

    @BeforeEach
    void jordan_is_interviewing() {
        String quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        jordan = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.cvOnly())).id();
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW)) {
            As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan,
                    review.detail(jordan).version())), stage, null));
        }
    }

    private InterviewPanel openTab() {
        UI.getCurrent().navigate("candidates/" + jordan, QueryParameters.of("tab", "interviews"));
        return $(InterviewPanel.class).single();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_schedules_an_interview_with_two_panel_members_and_sees_it_in_the_grid() {
        InterviewPanel panel = openTab();
        test(panel.schedule).click();
        roundTrip();
        InterviewDialog dialog = panel.dialog;
        assertThat(dialog.timeZone.getValue()).isEqualTo("America/New_York");
        assertThat(dialog.minutes.getValue()).isEqualTo(60);
        test(dialog.location).setValue("399 Revolution Drive, Room 4");
        dialog.panel.setValue(Set.of(accounts.findByUsername("manager").orElseThrow(),
                accounts.findByUsername("pophealth").orElseThrow()));

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        List<InterviewSummary> shown = test(panel.grid).size() == 1 ? List.of(test(panel.grid).getRow(0)) : List.of();
        assertThat(shown).singleElement().satisfies(interview -> {
            assertThat(interview.panel()).containsExactly("Anita Shah", "Maya Okafor");
            assertThat(interview.status()).isEqualTo(InterviewStatus.SCHEDULED);
            assertThat(interview.location()).isEqualTo("399 Revolution Drive, Room 4");
        });
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void bad_input_is_marked_on_its_fields_and_a_refusal_stays_in_the_dialog_with_what_was_typed() {
        InterviewPanel panel = openTab();
        test(panel.schedule).click();
        roundTrip();
        InterviewDialog dialog = panel.dialog;
        dialog.start.setValue(LocalDateTime.now(clock.withZone(ZoneId.of("America/New_York"))).minusDays(1));
        dialog.minutes.setValue(5);
        test(dialog.videoLink).setValue("http://meet.example.org");

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.start.getErrorMessage()).isEqualTo("The interview must be in the future.");
        assertThat(dialog.minutes.getErrorMessage()).isEqualTo("Between 15 and 480 minutes.");
        assertThat(dialog.videoLink.getErrorMessage()).isEqualTo("Enter the video link as an https:// address.");
        assertThat(dialog.panel.isInvalid()).isTrue();

        // The candidate on their own panel: the service refuses, the dialog keeps everything.
        dialog.start.setValue(LocalDateTime.now(clock.withZone(ZoneId.of("America/New_York"))).plusDays(3));
        dialog.minutes.setValue(45);
        test(dialog.videoLink).setValue("https://meet.example.org/j/1");
        dialog.panel.setValue(Set.of(accounts.findByUsername("caregiver").orElseThrow()));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.problem.getText()).contains("cannot review their own application");
        assertThat(dialog.videoLink.getValue()).isEqualTo("https://meet.example.org/j/1");
        assertThat(interviews.forApplication(jordan)).isEmpty();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_cancels_with_a_reason_that_the_candidate_and_the_panel_read() {
        InterviewPanel panel = openTab();
        test(panel.schedule).click();
        roundTrip();
        test(panel.dialog.videoLink).setValue("https://meet.example.org/j/2");
        panel.dialog.panel.setValue(Set.of(accounts.findByUsername("manager").orElseThrow()));
        test(panel.dialog.save).click();
        InterviewSummary scheduled = interviews.forApplication(jordan).getFirst();

        Button cancel = test(panel.grid).getCellComponent(0, "actions").getChildren().map(Button.class::cast)
                .filter(button -> button.getText().equals("Cancel")).findFirst().orElseThrow();
        test(cancel).click();
        roundTrip();
        test(panel.cancelDialog.confirm).click();
        assertThat(panel.cancelDialog.reason.getErrorMessage()).isEqualTo("Say why.");
        test(panel.cancelDialog.reason).setValue("Moved to next month");
        test(panel.cancelDialog.confirm).click();

        assertThat(interviews.forApplication(jordan)).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(InterviewStatus.CANCELLED));
    }
}
