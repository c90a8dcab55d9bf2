package health.staffing.candidates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import health.staffing.DemoSeed;
import health.staffing.ViewTest;
import health.staffing.base.TextLimits;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.TestApplications;
import health.staffing.candidates.TestDocuments;
import health.staffing.hostile.HostileTrials.Outcome;
import health.staffing.hostile.HostileTrials;
import health.staffing.orgchart.SeatRequisitions;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The apply form's free-text credentials, each tried with every entry of the hostile corpus as a
 * client past the browser's limits would send it: the application is refused with the reason shown
 * (everything typed kept, nothing saved) or saved with exactly the value typed. This is where a
 * specialty over 200 characters once showed "You applied" and saved nothing.
 */
@ViewTest
@Transactional
class ApplyHostileInputTest extends SpringBrowserlessTest {

    @Autowired
    SeatRequisitions seats;
    @Autowired
    ApplicationService applications;
    @Autowired
    JdbcClient jdbc;

    private String reference;

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void every_credential_field_refuses_or_stores_exactly_what_a_hostile_client_sends() {
        reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        HostileTrials.of("apply form")
                .field("Board certification specialty", value -> trial(form -> form.certification.specialty, value,
                        "select specialty from application_board_certification where application_id = :id"))
                .field("Certifying board", value -> trial(form -> form.certification.board, value,
                        "select board from application_board_certification where application_id = :id"))
                .field("State license number", value -> trial(form -> form.license.number, value,
                        "select number from application_license where application_id = :id"))
                .field("NPI", value -> trial(form -> form.view.credentials.npi, value,
                        "select npi from job_application where id = :id"))
                .report();
    }

    /** The apply form with one certification and one license filled in, as a caregiver would. */
    private record Form(ApplyView view, CredentialsFields.CertificationRow certification,
            CredentialsFields.LicenseRow license) {
    }

    private Outcome trial(Function<Form, TextField> target, String value, String storedQuery) {
        long before = jdbc.sql("select coalesce(max(id), 0) from job_application").query(Long.class).single();
        navigate("my-applications", Component.class); // leave the page, so each trial gets a fresh form
        navigate("jobs/" + reference + "/apply", Component.class);
        ApplyView view = $(ApplyView.class).single();
        test(view.cv.upload).upload("cv.pdf", "application/pdf", TestDocuments.pdf());
        roundTrip();
        Form form = new Form(view, view.credentials.addCertification(), view.credentials.addLicense());
        form.certification.specialty.setValue("Internal Medicine");
        form.certification.board.setValue("ABIM");
        form.license.state.setValue("MA");
        form.license.number.setValue("123456");
        view.credentials.npi.setValue("1234567893");
        TextField field = target.apply(form);
        field.setValue(value); // as a client would send it, past the browser's maxlength and pattern

        test(view.submit).click();

        List<Long> saved = jdbc.sql("select id from job_application where id > :before").param("before", before)
                .query(Long.class).list();
        try {
            return outcome(view, field, value, saved, storedQuery);
        } finally {
            saved.forEach(this::delete); // the next trial applies again
        }
    }

    private Outcome outcome(ApplyView view, TextField field, String value, List<Long> saved, String storedQuery) {
        if (view.refusal.isVisible() || field.isInvalid()) {
            String reason = view.refusal.isVisible() ? view.refusal.getText() : field.getErrorMessage();
            assertThat(reason).as("a reason").isNotBlank();
            assertThat(field.getValue()).as("the value typed is kept").isEqualTo(value);
            assertThat(saved).as("nothing saved").isEmpty();
            return Outcome.REFUSED;
        }
        assertThat(saved).as("exactly one application saved").hasSize(1);
        String stored = jdbc.sql(storedQuery).param("id", saved.getFirst()).query(String.class).optional().orElse(null);
        if (stored == null) {
            assertThat(TextLimits.isBlank(value)).as("only a blank optional value is stored as nothing").isTrue();
        } else {
            assertThat(TextLimits.isBlank(value)).as("a blank required value is never saved").isFalse();
            assertThat(stored).isEqualTo(value.strip());
        }
        return Outcome.STORED;
    }

    private void delete(long application) {
        TestApplications.delete(jdbc, application);
    }
}
