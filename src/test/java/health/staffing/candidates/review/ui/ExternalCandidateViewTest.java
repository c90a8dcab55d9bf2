package health.staffing.candidates.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import health.staffing.As;
import health.staffing.DemoSeed;
import health.staffing.ViewTest;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ExternalCandidateForm;
import health.staffing.candidates.ExternalCandidateService;
import health.staffing.candidates.TestDocuments;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.ReviewFilter;
import health.staffing.candidates.ui.CredentialsFields;
import health.staffing.orgchart.SeatRequisitions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** HR adds an external candidate at /candidates/new; each test rolls back. */
@ViewTest
@Transactional
@WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
class ExternalCandidateViewTest extends SpringBrowserlessTest {

    @Autowired
    SeatRequisitions seats;
    @Autowired
    ExternalCandidateService external;
    @Autowired
    CandidateReviewService review;

    String seed002() {
        return DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
    }

    ExternalCandidateView open(String reference) {
        com.vaadin.flow.component.UI.getCurrent().navigate("candidates/new",
                com.vaadin.flow.router.QueryParameters.of("ref", reference));
        return $(ExternalCandidateView.class).single();
    }

    void typePriya(ExternalCandidateView view) {
        test(view.givenName).setValue("Priya");
        test(view.familyName).setValue("Raman");
        test(view.email).setValue("priya.raman@example.org");
        test(view.phone).setValue("+1 617 555 0142");
        test(view.credentials.npi).setValue("1234567893");
    }

    @Test
    void the_requisition_from_the_address_is_chosen() {
        String reference = seed002();

        ExternalCandidateView view = open(reference);

        assertThat(view.requisition.getValue().reference()).isEqualTo(reference);
    }

    @Test
    void hr_reaches_the_page_from_the_candidate_grid_with_its_requisition() {
        String reference = seed002();
        com.vaadin.flow.component.UI.getCurrent().navigate("candidates",
                com.vaadin.flow.router.QueryParameters.of("ref", reference));

        test($(CandidateReviewView.class).single().addExternal).click();

        assertThat($(ExternalCandidateView.class).single().requisition.getValue().reference()).isEqualTo(reference);
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void a_hiring_manager_has_no_add_button_and_cannot_open_the_page() {
        navigate("candidates", Component.class);
        assertThat($(CandidateReviewView.class).single().addExternal.isAttached()).isFalse();

        navigate("candidates/new", Component.class);
        assertThat($(ExternalCandidateView.class).all()).isEmpty();
    }

    @Test
    void a_text_file_renamed_to_pdf_is_refused_at_the_cv_and_nothing_typed_is_lost() {
        ExternalCandidateView view = open(seed002());
        typePriya(view);
        CredentialsFields.LicenseRow licence = view.credentials.addLicense();
        test(licence.state).selectItem("NY");
        test(licence.number).setValue("298877");

        test(view.cv.upload).upload("cv.pdf", "application/pdf", TestDocuments.text());
        roundTrip();
        test(view.submit).click();

        assertThat(view.cv.error.getText()).isEqualTo(
                "\"cv.pdf\" is not a PDF or Word (.docx) document, whatever its name says. Upload a PDF or a .docx file.");
        assertThat($(ExternalCandidateView.class).single()).isSameAs(view);
        assertThat(view.givenName.getValue()).isEqualTo("Priya");
        assertThat(view.email.getValue()).isEqualTo("priya.raman@example.org");
        assertThat(view.credentials.npi.getValue()).isEqualTo("1234567893");
        assertThat(licence.number.getValue()).isEqualTo("298877");

        // The right file now: the rest was kept, so one more click adds the candidate.
        test(view.cv.upload).upload("cv.pdf", "application/pdf", TestDocuments.pdf());
        roundTrip();
        test(view.submit).click();
        assertThat($(H2.class).id("candidate-name").getText()).isEqualTo("Priya Raman");
    }

    @Test
    void missing_and_wrong_fields_are_shown_at_the_fields() {
        ExternalCandidateView view = open(seed002());
        test(view.email).setValue("priya.example.org");

        test(view.submit).click();

        assertThat(view.givenName.isInvalid()).isTrue();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("Enter a valid email address, such as name@example.org.");
        assertThat(view.cv.error.getText()).isEqualTo("Attach the candidate's CV (PDF or Word .docx).");
        assertThat(view.email.getValue()).isEqualTo("priya.example.org");
    }

    @Test
    void a_complete_candidate_is_added_and_hr_lands_on_the_application() {
        ExternalCandidateView view = open(seed002());
        typePriya(view);
        test(view.cv.upload).upload("cv.docx", "application/octet-stream", TestDocuments.docx());
        test(view.coverLetter.upload).upload("letter.pdf", "application/pdf", TestDocuments.pdf());
        roundTrip();

        test(view.submit).click();

        assertThat($(H2.class).id("candidate-name").getText()).isEqualTo("Priya Raman");
        assertThat($(ApplicationDetailView.class).single().getElement().getTextRecursively())
                .contains("priya.raman@example.org").contains("cv.docx").contains("letter.pdf").contains("External");
    }

    @Test
    void the_same_person_twice_on_one_requisition_is_refused_at_the_email() {
        String reference = seed002();
        As.user("recruiter", () -> external.add(reference, new ExternalCandidateForm("Priya", "Raman",
                "priya.raman@example.org", null, ApplicationForms.cvOnly())));
        ExternalCandidateView view = open(reference);
        typePriya(view);
        test(view.email).setValue("PRIYA.RAMAN@example.org");
        test(view.cv.upload).upload("cv.pdf", "application/pdf", TestDocuments.pdf());
        roundTrip();

        test(view.submit).click();

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).startsWith("PRIYA.RAMAN@example.org is already a candidate for job "
                + reference);
        assertThat(view.cv.file.getText()).isEqualTo("Attached: cv.pdf");
        assertThat(view.givenName.getValue()).isEqualTo("Priya");
    }

    @Test
    void a_possible_duplicate_is_shown_with_the_known_record_and_added_only_when_hr_confirms() {
        String reference = seed002();
        As.user("recruiter", () -> external.add(reference, new ExternalCandidateForm("Priya", "Raman",
                "priya.raman@example.org", "+1 617 555 0142", ApplicationForms.cvOnly())));
        ExternalCandidateView view = open(reference);
        typePriya(view);
        test(view.email).setValue("p.raman@elsewhere.example.org");
        test(view.credentials.npi).setValue("");
        test(view.cv.upload).upload("cv.pdf", "application/pdf", TestDocuments.pdf());
        roundTrip();

        test(view.submit).click();

        assertThat(view.refusal.isVisible()).isTrue();
        assertThat(view.refusal.getText()).startsWith("Possible duplicate: Priya Raman (priya.raman@example.org), same"
                + " phone +1 617 555 0142.");
        assertThat(view.addAnyway.isVisible()).isTrue();
        assertThat(view.email.getValue()).isEqualTo("p.raman@elsewhere.example.org");

        test(view.addAnyway).click();

        assertThat(As.user("recruiter", () -> review.count(new ReviewFilter(reference, Set.of(), false)))).isEqualTo(2);
    }

    @Test
    void an_employees_address_is_refused_with_the_reason() {
        String reference = seed002();
        ExternalCandidateView view = open(reference);
        typePriya(view);
        test(view.email).setValue("Jordan.Ellis@staffing.example.org");
        test(view.cv.upload).upload("cv.pdf", "application/pdf", TestDocuments.pdf());
        roundTrip();

        test(view.submit).click();

        assertThat(view.refusal.getText()).startsWith("Jordan Ellis, MD is an employee (100008");
        assertThat(view.addAnyway.isVisible()).isFalse();
    }
}
