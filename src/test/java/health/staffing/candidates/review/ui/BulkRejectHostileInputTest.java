package health.staffing.candidates.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.As;
import health.staffing.DemoSeed;
import health.staffing.ViewTest;
import health.staffing.base.TextLimits;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.TestApplications;
import health.staffing.hostile.HostileTrials.Outcome;
import health.staffing.hostile.HostileTrials;
import health.staffing.hostile.OpenDialogs;
import health.staffing.orgchart.SeatRequisitions;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's "Reject selected…" dialog on the candidate grid, its reason and its message to the candidate
 * each tried with every entry of the hostile corpus as a client past the browser's limits would
 * send it: refused with the reason on the field or in a warning (the dialog stays open with the text
 * typed, the application untouched) or recorded with exactly the text typed. A reason over 1,000
 * characters once ended in "Something went wrong".
 */
@ViewTest
@Transactional
@WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
class BulkRejectHostileInputTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManager entityManager;

    private String reference;

    @Test
    void the_reject_dialog_refuses_or_records_exactly_what_a_hostile_client_sends() {
        reference = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        HostileTrials.of("bulk reject dialog")
                .field("Reason (internal)", value -> trial(dialog -> dialog.reason, "reason", value))
                .field("Message to the candidate", value -> trial(dialog -> dialog.message, "candidate_message", value))
                .report();
    }

    private Outcome trial(Function<RejectDialog, TextArea> target, String column, String value) {
        MyApplication applied = As.user("caregiver", () -> applications.apply(reference, ApplicationForms.withCv()
                .years(6, 2, null).build()));
        try {
            UI.getCurrent().navigate("my-applications"); // leave the grid, so each trial reads it afresh
            UI.getCurrent().navigate(CandidateReviewView.class, QueryParameters.simple(Map.of("ref", reference,
                    "stage", "APPLIED")));
            CandidateReviewView view = $(CandidateReviewView.class).single();
            assertThat(test(view.grid).getRow(0).id()).as("the fresh application is listed").isEqualTo(applied.id());
            view.grid.select(test(view.grid).getRow(0));
            test(view.reject).click();
            RejectDialog dialog = $(RejectDialog.class).single();
            dialog.reason.setValue("Another candidate's experience fits the service line better");
            TextArea field = target.apply(dialog);
            field.setValue(value); // as a client would send it, past the browser's maxlength

            test(dialog.confirm).click();

            String stage = jdbc.sql("select stage from job_application where id = :id").param("id", applied.id())
                    .query(String.class).single();
            if (dialog.isOpened()) {
                String reason = field.isInvalid() ? field.getErrorMessage()
                        : test($(Notification.class).last()).getText();
                assertThat(reason).as("a reason").isNotBlank();
                assertThat(field.getValue()).as("the text typed is kept").isEqualTo(value);
                assertThat(stage).as("the application is untouched").isEqualTo("APPLIED");
                return Outcome.REFUSED;
            }
            assertThat(stage).isEqualTo("REJECTED");
            String stored = jdbc.sql("select " + column + " from application_stage_change where application_id = :id"
                    + " and to_stage = 'REJECTED'").param("id", applied.id()).query(String.class).optional()
                    .orElse(null);
            if (stored == null) {
                assertThat(TextLimits.isBlank(value)).as("only a blank optional text is stored as nothing").isTrue();
            } else {
                assertThat(stored).isEqualTo(value.strip());
            }
            return Outcome.STORED;
        } finally {
            OpenDialogs.closeAll();
            delete(applied.id());
        }
    }

    /** The next trial applies again: the caregiver may apply once per requisition. */
    private void delete(long application) {
        entityManager.flush();
        TestApplications.delete(jdbc, application);
        entityManager.clear();
    }
}
