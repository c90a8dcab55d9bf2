package health.staffing.candidates.offers.ui;

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
import health.staffing.candidates.offers.OfferDetail;
import health.staffing.candidates.offers.OfferService;
import health.staffing.candidates.offers.OfferStatus;
import health.staffing.candidates.offers.OfferTerms;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.hostile.HostileTrials.Outcome;
import health.staffing.hostile.HostileTrials;
import health.staffing.hostile.OpenDialogs;
import health.staffing.orgchart.SeatRequisitions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offer form's note and justification and the rescind dialog's reason on the Offer tab, each
 * tried with every entry of the hostile corpus as a client past the browser's maxlength would send
 * it: refused on the field with the text kept and no offer changed, or kept exactly (stripped).
 * The trials share one finalist; each removes the offer it made.
 */
@ViewTest
@Transactional
class OfferFormHostileInputTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    CandidateReviewService review;
    @Autowired
    StageService stages;
    @Autowired
    OfferService offers;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_offer_texts_are_refused_on_their_field_or_kept_exactly() {
        long application = finalist();
        HostileTrials.of("offer form and rescind dialog")
                .field("Offer note", value -> withoutOffers(application, () -> offerNote(application, value)))
                .field("Exception justification", value -> withoutOffers(application,
                        () -> justification(application, value)))
                .field("Rescind reason", value -> withoutOffers(application, () -> rescindReason(application, value)))
                .report();
    }

    private Outcome offerNote(long application, String value) {
        OfferPanel panel = openTab(application);
        fill(panel, "300000");
        panel.note.setValue(value); // as a client would send it, past the browser's maxlength
        test(panel.makeOffer).click();

        if (panel.note.isInvalid() || panel.errors.isVisible()) {
            assertThat(panel.note.isInvalid() ? panel.note.getErrorMessage() : panel.errors.getText()).isNotBlank();
            assertThat(panel.note.getValue()).as("the text typed is kept").isEqualTo(value);
            assertThat(offers.offersFor(application)).isEmpty();
            return Outcome.REFUSED;
        }
        assertThat(offers.offersFor(application)).extracting(OfferDetail::note).containsExactly(HostileTrials.kept(value));
        return Outcome.STORED;
    }

    private Outcome justification(long application, String value) {
        OfferPanel panel = openTab(application);
        fill(panel, "360000");
        panel.justification.setValue(value);
        test(panel.requestException).click();

        if (panel.justification.isInvalid() || panel.errors.isVisible()) {
            assertThat(panel.justification.isInvalid() ? panel.justification.getErrorMessage()
                    : panel.errors.getText()).isNotBlank();
            assertThat(panel.justification.getValue()).as("the text typed is kept").isEqualTo(value);
            assertThat(offers.offersFor(application)).isEmpty();
            return Outcome.REFUSED;
        }
        assertThat(offers.offersFor(application)).extracting(OfferDetail::exceptionJustification)
                .containsExactly(HostileTrials.kept(value));
        return Outcome.STORED;
    }

    private Outcome rescindReason(long application, String value) {
        offers.makeOffer(application, version(application), new OfferTerms(new BigDecimal("300000"), BigDecimal.ONE,
                new BigDecimal("0.50"), LocalDate.now(clock).plusDays(30), null));
        OfferPanel panel = openTab(application);
        test($(Button.class).id("rescind-offer")).click();
        roundTrip(); // the dialog attaches
        panel.reasonDialog.reason.setValue(value);
        test(panel.reasonDialog.confirm).click();
        try {
            if (panel.reasonDialog.isOpened()) {
                assertThat(panel.reasonDialog.reason.getErrorMessage()).isNotBlank();
                assertThat(panel.reasonDialog.reason.getValue()).as("the text typed is kept").isEqualTo(value);
                assertThat(offers.offersFor(application)).extracting(OfferDetail::status)
                        .containsExactly(OfferStatus.EXTENDED);
                return Outcome.REFUSED;
            }
            assertThat(offers.offersFor(application)).extracting(OfferDetail::responseReason)
                    .containsExactly(HostileTrials.kept(value));
            return Outcome.STORED;
        } finally {
            OpenDialogs.closeAll();
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The caregiver's application to seed 002, moved to finalist. */
    private long finalist() {
        String quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        long application = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.cvOnly())).id();
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW,
                ApplicationStage.FINALIST)) {
            stages.moveStage(List.of(new StageMove(application, version(application))), stage, null);
        }
        return application;
    }

    /** Each trial starts with no offer on the application (an offer or a finalist's may follow: both are offerable). */
    private Outcome withoutOffers(long application, Supplier<Outcome> trial) {
        try {
            return trial.get();
        } finally {
            jdbc.sql("delete from job_offer where application_id = :id").param("id", application).update();
        }
    }

    private OfferPanel openTab(long application) {
        UI.getCurrent().navigate("candidates/" + application, QueryParameters.of("tab", "offer"));
        return $(OfferPanel.class).single();
    }

    private void fill(OfferPanel panel, String amount) {
        test(panel.amount).setValue(amount);
        test(panel.adminFte).setValue("0.50");
        test(panel.startDate).setValue(LocalDate.now(clock).plusDays(30));
    }

    private long version(long application) {
        return review.detail(application).version();
    }
}
