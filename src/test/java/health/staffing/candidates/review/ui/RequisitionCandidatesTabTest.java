package health.staffing.candidates.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.RouterLink;
import health.staffing.As;
import health.staffing.ViewTest;
import health.staffing.candidates.ApplicationForm;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ExternalCandidateForm;
import health.staffing.candidates.ExternalCandidateService;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.security.SystemActor;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The "Candidates" tab of /requisitions/{id}; each test rolls back. */
@ViewTest
@Transactional
class RequisitionCandidatesTabTest extends SpringBrowserlessTest {

    @Autowired
    PostingService postings;
    @Autowired
    ApplicationService applications;
    @Autowired
    ExternalCandidateService external;

    private PublishedPosting quality;

    static ApplicationForm cvOnly() {
        return ApplicationForms.cvOnly();
    }

    @BeforeEach
    void a_caregiver_and_an_external_candidate_apply_to_seed_002() {
        quality = SystemActor.call(() -> postings.livePostings("Medical Director for Quality, Primary Care",
                PageRequest.of(0, 5))).getFirst();
        As.user("caregiver", () -> applications.apply(quality.reference(), cvOnly()));
        As.user("recruiter", () -> external.add(quality.reference(), new ExternalCandidateForm("Priya", "Raman",
                "priya.raman@example.org", null, cvOnly())));
    }

    void open() {
        com.vaadin.flow.component.UI.getCurrent().navigate("requisitions/" + quality.requisitionId(),
                com.vaadin.flow.router.QueryParameters.of("tab", "candidates"));
    }

    List<String> tabs() {
        return $(Tab.class).all().stream().map(Tab::getLabel).toList();
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void the_hiring_manager_sees_the_count_per_stage_and_the_candidates_linking_to_their_applications() {
        open();

        assertThat(tabs()).contains("Candidates");
        Div content = $(Div.class).id("requisition-candidates");
        assertThat(content.isAttached()).isTrue();
        // The demo data may have applied to seed 002 too: count relative to what the service says.
        String total = $(Span.class).id("candidates-total").getText();
        assertThat(total).endsWith("applications");
        String perStage = $(Div.class).id("candidates-per-stage").getElement().getTextRecursively();
        assertThat(perStage).contains("Applied ");
        String recent = $(Component.class).id("candidates-recent").getElement().getTextRecursively();
        assertThat(recent).contains("Jordan Ellis, MD").contains("Priya Raman").contains("external");
        RouterLink review = $(RouterLink.class).id("open-candidate-review");
        assertThat(review.getHref()).isEqualTo("candidates?ref=" + quality.reference());
        assertThat($(RouterLink.class).all().stream().filter(l -> l.getText().equals("Priya Raman")).findFirst()
                .orElseThrow().getHref()).matches("candidates/\\d+");
        assertThat($(Button.class).withId("requisition-add-external-candidate").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_can_add_an_external_candidate_from_the_tab() {
        open();

        test($(Button.class).id("requisition-add-external-candidate")).click();

        ExternalCandidateView view = $(ExternalCandidateView.class).single();
        assertThat(view.requisition.getValue().reference()).isEqualTo(quality.reference());
    }

    @Test
    @WithMockUser(username = "cmo", roles = {"CMO_OFFICE", "CAREGIVER"})
    void the_cmo_office_sees_the_requisition_but_not_its_candidates() {
        open();

        assertThat(tabs()).contains("Overview").doesNotContain("Candidates");
        assertThat($(Div.class).withId("requisition-candidates").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "finance", roles = {"FINANCE", "CAREGIVER"})
    void finance_sees_the_requisition_but_not_its_candidates() {
        open();

        assertThat(tabs()).contains("Overview").doesNotContain("Candidates");
    }
}
