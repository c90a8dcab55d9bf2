package health.staffing.candidates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import health.staffing.DemoSeed;
import health.staffing.ViewTest;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.TestDocuments;
import health.staffing.orgchart.SeatRequisitions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Applying from the posting page; each test rolls back. */
@ViewTest
@Transactional
class ApplyViewTest extends SpringBrowserlessTest {

    @Autowired
    SeatRequisitions seats;
    @Autowired
    ApplicationService applications;
    @Autowired
    JdbcTemplate jdbc;

    String seed002() {
        return DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
    }

    ApplyView open(String reference) {
        navigate("jobs/" + reference + "/apply", Component.class);
        return $(ApplyView.class).single();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void the_form_is_prefilled_from_the_employee_record_and_read_only() {
        ApplyView view = open(seed002());

        assertThat(view.name.getValue()).isEqualTo("Jordan Ellis, MD");
        assertThat(view.name.isReadOnly()).isTrue();
        assertThat(view.email.getValue()).isNotBlank();
        assertThat(view.applicantCount.getText()).as("the count is for HR and the hiring team")
                .matches("Job \\d+");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_text_file_renamed_to_pdf_is_refused_next_to_the_field_and_nothing_typed_is_lost() {
        ApplyView view = open(seed002());
        test(view.credentials.npi).setValue("1234567893");

        test(view.cv.upload).upload("cv.pdf", "application/pdf", TestDocuments.text());
        roundTrip();
        test(view.submit).click();

        assertThat(view.cv.error.getText()).isEqualTo(
                "\"cv.pdf\" is not a PDF or Word (.docx) document, whatever its name says. Upload a PDF or a .docx file.");
        assertThat($(ApplyView.class).single()).isSameAs(view);
        assertThat(view.credentials.npi.getValue()).isEqualTo("1234567893");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_wrong_npi_is_shown_under_the_field() {
        ApplyView view = open(seed002());
        test(view.cv.upload).upload("cv.pdf", "application/pdf", TestDocuments.pdf());
        roundTrip();
        test(view.credentials.npi).setValue("1234567890");

        test(view.submit).click();

        assertThat(view.credentials.npi.isInvalid()).isTrue();
        assertThat(view.credentials.npi.getErrorMessage()).contains("check digit");
        assertThat(view.cv.file.getText()).isEqualTo("Attached: cv.pdf");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_complete_application_is_sent_and_the_caregiver_lands_on_my_applications() {
        String reference = seed002();
        ApplyView view = open(reference);
        test(view.cv.upload).upload("cv.pdf", "application/pdf", TestDocuments.pdf());
        test(view.coverLetter.upload).upload("letter.docx", "application/octet-stream", TestDocuments.docx());
        roundTrip();
        test(view.credentials.npi).setValue("1234567893");
        CredentialsFields.LicenseRow license = view.credentials.addLicense();
        test(license.state).selectItem("MA");
        test(license.number).setValue("123456");
        test(view.credentials.residency).click();

        test(view.submit).click();

        MyApplicationsView mine = $(MyApplicationsView.class).single();
        assertThat(mine.list.getElement().getTextRecursively()).contains("Medical Director for Quality, Primary Care")
                .contains("Received");
        assertThat(applications.myApplicationFor(reference)).isPresent();
        assertThat(jdbc.queryForObject("select residency_completed from job_application where id = ?", Boolean.class,
                applications.myApplicationFor(reference).orElseThrow().id())).isTrue();

        ApplyView again = open(reference);
        assertThat(again.alreadyApplied.getText()).startsWith("You applied on ");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void years_that_are_not_a_whole_number_in_range_are_refused_on_the_field_and_nothing_is_sent() {
        String reference = seed002();
        ApplyView view = open(reference);
        test(view.cv.upload).upload("cv.pdf", "application/pdf", TestDocuments.pdf());
        roundTrip();

        test(view.credentials.clinicalYears).setValue("1.5");
        test(view.credentials.leadershipYears).setValue("71");
        test(view.credentials.managedCareYears).setValue("6");
        test(view.submit).click();

        assertThat(view.credentials.clinicalYears.getErrorMessage()).startsWith("Enter a whole number");
        assertThat(view.credentials.clinicalYears.getValue()).isEqualTo("1.5");
        assertThat(view.credentials.leadershipYears.getErrorMessage())
                .isEqualTo("Years of physician leadership must be between 0 and 70.");
        assertThat(view.credentials.managedCareYears.isInvalid()).isFalse();
        assertThat($(ApplyView.class).single()).isSameAs(view);
        assertThat(applications.myApplicationFor(reference)).isEmpty();

        test(view.credentials.clinicalYears).setValue("15");
        test(view.credentials.leadershipYears).setValue("7");
        test(view.submit).click();
        assertThat(applications.myApplicationFor(reference)).isPresent();
    }
}
