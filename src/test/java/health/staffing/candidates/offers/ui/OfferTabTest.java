package health.staffing.candidates.offers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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
import health.staffing.orgchart.SeatRequisitions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The Offer tab of a finalist's application and the caregiver's answer; each test rolls back. */
@ViewTest
@Transactional
class OfferTabTest extends SpringBrowserlessTest {

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
    Clock clock;

    private long jordan;
    private LocalDate start;

    @BeforeEach
    void jordan_is_a_finalist_for_seed_002() {
        String quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        jordan = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.cvOnly())).id();
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW,
                ApplicationStage.FINALIST)) {
            As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan, version())), stage, null));
        }
        start = LocalDate.now(clock).plusDays(30);
    }

    private OfferPanel openTab() {
        UI.getCurrent().navigate("candidates/" + jordan, QueryParameters.of("tab", "offer"));
        return $(OfferPanel.class).single();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_makes_an_offer_inside_the_range_and_the_application_moves_to_offer() {
        OfferPanel panel = openTab();
        assertThat(panel.getElement().getTextRecursively()).contains("Posted range: $280,000 – $340,000 a year");
        fill(panel, "300000");
        assertThat(panel.fit.getText()).startsWith("Inside the posted range");
        assertThat(panel.clinicalFte.getText()).isEqualTo("Clinical FTE: 0.5");

        test(panel.makeOffer).click();

        OfferPanel reloaded = $(OfferPanel.class).single();
        assertThat($(Span.class).id("offer-status").getText()).isEqualTo("Extended");
        assertThat(reloaded.getElement().getTextRecursively()).contains("$300,000").contains("1.0 FTE (0.5 administrative, 0.5 clinical)");
        assertThat($(Span.class).id("application-stage").getText()).isEqualTo("Offer");
        assertThat($(Button.class).id("record-acceptance").isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void an_amount_outside_the_range_is_refused_and_kept_and_hr_requests_an_exception() {
        OfferPanel panel = openTab();
        fill(panel, "360000");
        assertThat(panel.fit.getText()).startsWith("Above the posted range");
        assertThat(panel.exceptionBox.isVisible()).isTrue();

        test(panel.makeOffer).click();

        assertThat(panel.errors.isVisible()).isTrue();
        assertThat(panel.errors.getText()).startsWith("$360,000 is above the posted range");
        assertThat(panel.amount.getValue()).isEqualTo("360000");
        assertThat(offers.offersFor(jordan)).isEmpty();

        test(panel.justification).setValue("Competing offer from another system");
        test(panel.requestException).click();

        assertThat($(Span.class).id("offer-status").getText()).isEqualTo("Waiting for the CMO office");
        assertThat($(OfferPanel.class).single().getElement().getTextRecursively())
                .contains("Competing offer from another system").contains("Withdraw request");
        assertThat($(Span.class).id("application-stage").getText()).isEqualTo("Finalist");
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void the_hiring_manager_reads_the_offer_without_acting() {
        As.user("recruiter", () -> offers.makeOffer(jordan, version(), terms("300000")));

        OfferPanel panel = openTab();

        assertThat($(Span.class).id("offer-status").getText()).isEqualTo("Extended");
        assertThat($(Button.class).withId("record-acceptance").exists()).isFalse();
        assertThat($(Button.class).withId("make-offer").exists()).isFalse();
        assertThat(panel.getElement().getTextRecursively()).contains("Offer history");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void the_caregiver_accepts_the_offer_on_my_applications_and_is_hired() {
        OfferDetail offer = As.user("recruiter", () -> offers.makeOffer(jordan, version(), terms("300000")));

        navigate("my-applications", Component.class);
        Div list = $(Div.class).id("my-applications");
        assertThat(list.getElement().getTextRecursively()).contains("Your offer")
                .contains("$300,000 a year at 1.0 FTE (0.5 administrative, 0.5 clinical)");

        test($(Button.class).id("accept-offer-" + offer.id())).click();

        assertThat(list.getElement().getTextRecursively()).contains("Hired — congratulations")
                .contains("Offer — accepted");
        assertThat(offers.myOffers().getFirst().status()).isEqualTo(OfferStatus.ACCEPTED);
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void declining_needs_a_reason_and_the_reason_is_kept() {
        OfferDetail offer = As.user("recruiter", () -> offers.makeOffer(jordan, version(), terms("300000")));
        navigate("my-applications", Component.class);
        Div list = $(Div.class).id("my-applications");

        test($(Button.class).id("decline-offer-" + offer.id())).click();
        roundTrip();
        MyOfferSection.DeclineDialog declineDialog = $(MyOfferSection.DeclineDialog.class).single();
        test(declineDialog.confirm).click();
        assertThat(declineDialog.reason.isInvalid()).isTrue();
        test(declineDialog.reason).setValue("Relocating to another state");
        test(declineDialog.confirm).click();

        assertThat(list.getElement().getTextRecursively()).contains("Offer — declined")
                .contains("Relocating to another state");
    }

    private void fill(OfferPanel panel, String amount) {
        test(panel.amount).setValue(amount);
        test(panel.adminFte).setValue("0.50");
        test(panel.startDate).setValue(start);
    }

    private OfferTerms terms(String amount) {
        return new OfferTerms(new BigDecimal(amount), new BigDecimal("1.00"), new BigDecimal("0.50"), start, null);
    }

    private long version() {
        return As.user("recruiter", () -> review.detail(jordan)).version();
    }
}
