package health.staffing.candidates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import health.staffing.ViewTest;
import health.staffing.candidates.ApplicationForm;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.TestDocuments;
import health.staffing.requisitions.PostingService;
import health.staffing.security.SystemActor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The caregiver's own applications; each test rolls back. */
@ViewTest
@Transactional
class MyApplicationsViewTest extends SpringBrowserlessTest {

    @Autowired
    PostingService postings;
    @Autowired
    ApplicationService applications;

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_withdraws_after_confirming_and_sees_the_new_status() {
        String reference = SystemActor.call(() -> postings.livePostings("Medical Director for Quality, Primary Care",
                PageRequest.of(0, 5))).getFirst().reference();
        MyApplication applied = applications.apply(reference, new ApplicationForm(TestDocuments.cv(), null, Set.of(),
                List.of(), List.of(), null, null, null, null));

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
    void the_posting_page_says_when_the_caregiver_applied_instead_of_offering_apply() {
        String reference = SystemActor.call(() -> postings.livePostings("Medical Director for Quality, Primary Care",
                PageRequest.of(0, 5))).getFirst().reference();
        navigate("jobs/" + reference, Component.class);
        assertThat($(Anchor.class).withId("apply-link").exists()).isTrue();

        applications.apply(reference, new ApplicationForm(TestDocuments.cv(), null, Set.of(), List.of(), List.of(), null,
                null, null, null));
        navigate("jobs/" + reference, Component.class);

        assertThat($(Anchor.class).withId("apply-link").exists()).isFalse();
        Anchor applied = $(Anchor.class).id("applied-on");
        assertThat(applied.getText()).startsWith("You applied on ");
        assertThat(applied.getHref()).isEqualTo("my-applications");
    }
}
