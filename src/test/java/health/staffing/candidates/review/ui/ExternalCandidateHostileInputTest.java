package health.staffing.candidates.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.DemoSeed;
import health.staffing.ViewTest;
import health.staffing.base.TextLimits;
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
 * HR's "Add external candidate" form, each contact field tried with every entry of the hostile
 * corpus as a client past the browser's limits would send it: refused with the reason on the field
 * or above the form (everything typed kept, nothing saved), or saved with exactly the value typed.
 * A value too long for its column once showed "someone else added … at the same moment".
 */
@ViewTest
@Transactional
@WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
class ExternalCandidateHostileInputTest extends SpringBrowserlessTest {

    @Autowired
    SeatRequisitions seats;
    @Autowired
    JdbcClient jdbc;

    private String reference;
    private int trials;

    @Test
    void every_contact_field_refuses_or_stores_exactly_what_a_hostile_client_sends() {
        reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        HostileTrials.of("external candidate form")
                .field("Given name", value -> trial(view -> view.givenName, "given_name", value))
                .field("Family name", value -> trial(view -> view.familyName, "family_name", value))
                .field("Email", value -> trial(view -> view.email, "email", value))
                .field("Phone", value -> trial(view -> view.phone, "phone", value))
                .report();
    }

    private Outcome trial(Function<ExternalCandidateView, AbstractField<?, String>> target, String column,
            String value) {
        long before = jdbc.sql("select coalesce(max(id), 0) from candidate").query(Long.class).single();
        UI.getCurrent().navigate("candidates"); // leave the page, so each trial gets a fresh form
        UI.getCurrent().navigate("candidates/new", QueryParameters.of("ref", reference));
        ExternalCandidateView view = $(ExternalCandidateView.class).single();
        // A different, unremarkable person each time, so no trial looks like a duplicate of another.
        trials++;
        view.givenName.setValue("Morgan");
        view.familyName.setValue("Testperson" + (char) ('a' + trials % 26) + (char) ('a' + trials / 26));
        view.email.setValue("morgan.hostile" + trials + "@example.org");
        view.phone.setValue("+1 617 555 0142");
        test(view.cv.upload).upload("cv.pdf", "application/pdf", TestDocuments.pdf());
        roundTrip();
        AbstractField<?, String> field = target.apply(view);
        field.setValue(value); // as a client would send it, past the browser's maxlength

        test(view.submit).click();

        List<Long> saved = jdbc.sql("select id from candidate where id > :before").param("before", before)
                .query(Long.class).list();
        try {
            if (getCurrentView() instanceof ExternalCandidateView) {
                String reason = view.refusal.isVisible() ? view.refusal.getText()
                        : ((HasValidation) field).getErrorMessage();
                assertThat(reason).as("a reason").isNotBlank();
                assertThat(field.getValue()).as("the value typed is kept").isEqualTo(value);
                assertThat(saved).as("nothing saved").isEmpty();
                return Outcome.REFUSED;
            }
            assertThat(getCurrentView()).isInstanceOf(ApplicationDetailView.class);
            assertThat(saved).as("exactly one candidate saved").hasSize(1);
            String stored = jdbc.sql("select " + column + " from candidate where id = :id")
                    .param("id", saved.getFirst()).query(String.class).optional().orElse(null);
            if (stored == null) {
                assertThat(TextLimits.isBlank(value)).as("only a blank optional value is stored as nothing").isTrue();
            } else {
                assertThat(stored).isEqualToIgnoringCase(value.strip());
            }
            return Outcome.STORED;
        } finally {
            saved.forEach(this::delete);
            navigate("candidates", Component.class);
        }
    }

    private void delete(long candidate) {
        for (Long application : jdbc.sql("select id from job_application where candidate_id = :id")
                .param("id", candidate).query(Long.class).list()) {
            TestApplications.delete(jdbc, application);
        }
        jdbc.sql("delete from candidate where id = :id").param("id", candidate).update();
    }
}
