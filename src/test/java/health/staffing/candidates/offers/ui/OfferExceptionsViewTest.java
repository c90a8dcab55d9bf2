package health.staffing.candidates.offers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import health.staffing.As;
import health.staffing.DemoSeed;
import health.staffing.ViewTest;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.candidates.offers.OfferDetail;
import health.staffing.candidates.offers.OfferExceptionService;
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

/** The CMO office's queue of offer exceptions; each test rolls back. */
@ViewTest
@Transactional
class OfferExceptionsViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    CandidateReviewService review;
    @Autowired
    StageService stages;
    @Autowired
    OfferService offers;

    @Autowired
    OfferExceptionService exceptions;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    Clock clock;

    private long jordan;

    @BeforeEach
    void jordan_is_a_finalist_for_seed_002() {
        String quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        jordan = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.cvOnly())).id();
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW,
                ApplicationStage.FINALIST)) {
            As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan, version())), stage, null));
        }
    }

    @Test
    @WithMockUser(username = "cmo", roles = {"CMO_OFFICE", "CAREGIVER"})
    void the_cmo_office_approves_a_waiting_exception_and_the_queue_empties() {
        OfferDetail requested = request("recruiter");
        navigate("offer-exceptions", Component.class);
        OfferExceptionsView view = $(OfferExceptionsView.class).single();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.empty.isVisible()).isFalse();

        view.dialog.open(requested, true);
        roundTrip();
        test(view.dialog.reason).setValue("Within the department's budget");
        test(view.dialog.confirm).click();

        assertThat(view.empty.isVisible()).isTrue();
        OfferDetail decided = As.user("recruiter", () -> offers.offersFor(jordan)).getFirst();
        assertThat(decided.status()).isEqualTo(OfferStatus.EXTENDED);
        assertThat(decided.exceptionDecidedBy()).isEqualTo("cmo");
        assertThat(decided.exceptionDecisionReason()).isEqualTo("Within the department's budget");
    }

    @Test
    @WithMockUser(username = "cmo", roles = {"CMO_OFFICE", "CAREGIVER"})
    void rejecting_needs_a_reason_which_the_dialog_keeps_asking_for() {
        OfferDetail requested = request("recruiter");
        navigate("offer-exceptions", Component.class);
        OfferExceptionsView view = $(OfferExceptionsView.class).single();

        view.dialog.open(requested, false);
        roundTrip();
        test(view.dialog.confirm).click();

        assertThat(view.dialog.reason.isInvalid()).isTrue();
        assertThat(view.dialog.reason.getErrorMessage()).isEqualTo("Give a reason for rejecting the exception.");
        assertThat(exceptions.pendingExceptionCount()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CMO_OFFICE", "CAREGIVER"})
    void a_recruiter_who_sits_in_the_cmo_office_cannot_approve_the_exception_they_requested() {
        OfferDetail requested = As.user("recruiter", new String[] {"RECRUITER", "CMO_OFFICE", "CAREGIVER"},
                () -> request());
        navigate("offer-exceptions", Component.class);
        OfferExceptionsView view = $(OfferExceptionsView.class).single();

        view.dialog.open(requested, true);
        roundTrip();
        test(view.dialog.confirm).click();

        assertThat(view.dialog.reason.getErrorMessage()).startsWith("You requested this exception");
        assertThat(As.user("cmo", () -> exceptions.pendingExceptionCount())).isEqualTo(1);
    }

    private OfferDetail request(String by) {
        return As.user(by, () -> request());
    }

    private OfferDetail request() {
        return offers.requestException(jordan, version(), new OfferTerms(new BigDecimal("360000"),
                new BigDecimal("1.00"), new BigDecimal("0.50"), LocalDate.now(clock).plusDays(30), null),
                "Competing offer from another health system");
    }

    private long version() {
        return As.user("recruiter", () -> review.detail(jordan)).version();
    }
}
