package health.staffing.candidates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import health.staffing.As;
import health.staffing.DemoSeed;
import health.staffing.ViewTest;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.MyStageChange;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.orgchart.SeatRequisitions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The caregiver's own applications; each test rolls back. */
@ViewTest
@Transactional
class MyApplicationsViewTest extends SpringBrowserlessTest {

    @Autowired
    StageService stages;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    ApplicationService applications;

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_withdraws_after_confirming_and_sees_the_new_status() {
        String reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        MyApplication applied = applications.apply(reference, ApplicationForms.cvOnly());

        navigate("my-applications", Component.class);
        MyApplicationsView view = $(MyApplicationsView.class).single();
        assertThat(view.list.getElement().getTextRecursively()).contains("Received").contains("Job " + reference);

        test($(Button.class).id("withdraw-" + applied.id())).click();
        roundTrip();
        test(view.withdrawDialog.reason).setValue("Staying in my current role");
        test(view.withdrawDialog.confirm).click();

        assertThat(view.list.getElement().getTextRecursively()).contains("Withdrawn by you")
                .contains("Staying in my current role");
        assertThat($(Button.class).withId("withdraw-" + applied.id()).exists()).isFalse();
        assertThat(applications.myApplicationFor(reference).orElseThrow().stage()).isEqualTo(ApplicationStage.WITHDRAWN);
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void each_application_says_what_happens_next_and_whom_to_ask() {
        String reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        MyApplication applied = applications.apply(reference, ApplicationForms.cvOnly());

        navigate("my-applications", Component.class);

        assertThat($(Paragraph.class).id("next-step-" + applied.id()).getText())
                .isEqualTo("Next: HR checks your application against the posting's requirements.");
        Paragraph contact = $(Paragraph.class).id("recruiter-contact-" + applied.id());
        assertThat(contact.getElement().getTextRecursively()).startsWith("Questions? Ask Sam Patel, your recruiter");
        assertThat(applications.myApplications().getFirst().recruiter()).isNotNull();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void the_posting_page_says_when_the_caregiver_applied_instead_of_offering_apply() {
        String reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        navigate("jobs/" + reference, Component.class);
        assertThat($(Anchor.class).withId("apply-link").exists()).isTrue();

        applications.apply(reference, ApplicationForms.cvOnly());
        navigate("jobs/" + reference, Component.class);

        assertThat($(Anchor.class).withId("apply-link").exists()).isFalse();
        Anchor applied = $(Anchor.class).id("applied-on");
        assertThat(applied.getText()).startsWith("You applied on ");
        assertThat(applied.getHref()).isEqualTo("my-applications");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_rejected_caregiver_reads_not_selected_and_hrs_message_never_the_internal_reason() {
        String reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        MyApplication applied = applications.apply(reference, ApplicationForms.cvOnly());
        As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(applied.id(), applied.version())),
                ApplicationStage.REJECTED, "Weak on quality metrics; the panel preferred Anita",
                "Thank you for applying. We chose a candidate with more quality-improvement leadership."));

        navigate("my-applications", Component.class);
        String text = $(MyApplicationsView.class).single().list.getElement().getTextRecursively();

        assertThat(text).contains("Not selected")
                .contains("Message from HR: Thank you for applying. We chose a candidate with more quality-improvement"
                        + " leadership.")
                .doesNotContain("Weak on quality metrics");
        // An ended application has no next step and no one to chase.
        assertThat($(Div.class).id("application-" + applied.id()).getElement().getTextRecursively())
                .doesNotContain("recruiter").doesNotContain("Next:");
        assertThat(applications.myApplication(applied.id()).orElseThrow().history())
                .extracting(MyStageChange::message).doesNotContain("Weak on quality metrics; the panel preferred Anita");
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void whoever_runs_the_requisition_is_told_why_instead_of_being_offered_apply() {
        String reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);

        navigate("jobs/" + reference, Component.class);
        assertThat($(Anchor.class).withId("apply-link").exists()).isFalse();
        assertThat($(Span.class).id("not-for-you").getText())
                .isEqualTo("You run this requisition (as its hiring manager); ask HR to reassign it before you apply.");

        navigate("jobs/" + reference + "/apply", Component.class);
        assertThat($(Paragraph.class).id("not-for-you").getText()).startsWith("You run this requisition");
    }
}
