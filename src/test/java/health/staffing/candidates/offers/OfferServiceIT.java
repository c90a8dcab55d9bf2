package health.staffing.candidates.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.Candidate;
import health.staffing.candidates.CandidateRepository;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.JobApplicationRepository;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.candidates.UnsavedApplications;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.notifications.NotificationItem;
import health.staffing.notifications.NotificationService;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.security.SystemActor;
import health.staffing.security.UserAccountService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers on seed 002's posting (Medical Director for Quality, Primary Care: $280,000–$340,000 a
 * year adjusted for FTE, one opening, seat MGB-MD-PCQ): Jordan Ellis is the finalist. Every test
 * rolls back.
 */
@DatabaseTest
@Transactional
class OfferServiceIT {

    private static final String[] RECRUITER_AND_CMO = {"RECRUITER", "CMO_OFFICE", "CAREGIVER"};

    private static final String SEAT = "MGB-MD-PCQ";

    @Autowired
    OfferService offers;

    @Autowired
    OfferExceptionService exceptions;
    @Autowired
    CandidateReviewService review;
    @Autowired
    StageService stages;
    @Autowired
    ApplicationService applications;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    OrgChartService orgChart;
    @Autowired
    UserAccountService accounts;
    @Autowired
    NotificationService notifications;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Clock clock;
    @Autowired
    CandidateRepository candidateRepository;
    @Autowired
    JobApplicationRepository applicationRepository;
    @Autowired
    EmployeeService employees;

    private String quality;
    private long jordan;
    private LocalDate start;

    @BeforeEach
    void jordan_is_a_finalist_for_seed_002() {
        quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        jordan = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.complete())).id();
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW,
                ApplicationStage.FINALIST)) {
            As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan, version(jordan))), stage, null));
        }
        start = LocalDate.now(clock).plusDays(30);
    }

    @Test
    void an_offer_within_the_range_is_extended_and_the_candidate_sees_it() {
        OfferDetail offer = As.user("recruiter", () -> offers.makeOffer(jordan, version(jordan),
                terms("300000", "1.00", "0.50")));

        assertThat(offer.status()).isEqualTo(OfferStatus.EXTENDED);
        assertThat(offer.withinRange()).isTrue();
        assertThat(offer.offeredBy()).isEqualTo("recruiter");
        assertThat(stage(jordan)).isEqualTo(ApplicationStage.OFFER);
        List<MyOffer> mine = As.user("caregiver", () -> offers.myOffers());
        assertThat(mine).extracting(MyOffer::id).containsExactly(offer.id());
        assertThat(mine.getFirst().awaitingAnswer()).isTrue();
        assertThat(As.user("recruiter", () -> auditLog.historyOf(OfferService.AUDIT_TYPE, offer.id(), PageRequest.of(0, 5))))
                .extracting(AuditEvent::action).containsExactly("EXTENDED");
        assertThat(As.user("caregiver", () -> notifications.recent(5))).extracting(NotificationItem::subject)
                .contains("You have an offer: Medical Director for Quality, Primary Care");
    }

    @Test
    void a_part_time_offer_is_checked_against_the_range_scaled_to_its_fte() {
        // 0.8 FTE of $280,000–$340,000 adjusted for FTE is $224,000–$272,000.
        assertThatThrownBy(() -> As.user("recruiter", () -> offers.makeOffer(jordan, version(jordan),
                terms("300000", "0.80", "0.40")))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("$300,000 is above the posted range ($280,000 – $340,000 a year, adjusted for"
                        + " FTE: $224,000 – $272,000 at 0.8 FTE).");

        OfferDetail offer = As.user("recruiter", () -> offers.makeOffer(jordan, version(jordan),
                terms("250000", "0.80", "0.40")));
        assertThat(offer.status()).isEqualTo(OfferStatus.EXTENDED);
    }

    @Test
    void an_offer_outside_the_range_is_refused_and_nothing_changes() {
        assertThatThrownBy(() -> As.user("recruiter", () -> offers.makeOffer(jordan, version(jordan),
                terms("360000", "1.00", "0.50")))).isInstanceOf(DomainException.class)
                .hasMessageContaining("above the posted range").hasMessageContaining("exception approved by the CMO office");

        assertThat(stage(jordan)).isEqualTo(ApplicationStage.FINALIST);
        assertThat(As.user("recruiter", () -> offers.offersFor(jordan))).isEmpty();
    }

    @Test
    void invalid_terms_and_a_second_open_offer_are_refused() {
        assertThatThrownBy(() -> As.user("recruiter", () -> offers.makeOffer(jordan, version(jordan),
                new OfferTerms(new BigDecimal("300000"), new BigDecimal("0.5"), new BigDecimal("0.6"),
                        LocalDate.now(clock).minusDays(1), null))))
                .hasMessage("The administrative FTE (0.6) cannot exceed the FTE (0.5). The start date cannot be in the past.");
        As.user("recruiter", () -> offers.makeOffer(jordan, version(jordan), terms("300000", "1.00", "0.50")));

        assertThatThrownBy(() -> As.user("recruiter", () -> offers.makeOffer(jordan, version(jordan),
                terms("310000", "1.00", "0.50"))))
                .hasMessage("This application already has an open offer; rescind it before making another.");
    }

    @Test
    void a_declined_offer_leaves_the_application_in_offer_and_hr_may_make_another() {
        OfferDetail first = As.user("recruiter", () -> offers.makeOffer(jordan, version(jordan),
                terms("290000", "1.00", "0.50")));
        MyOffer declined = As.user("caregiver", () -> offers.decline(first.id(), first.version(),
                "The base is below my current pay"));
        assertThat(declined.status()).isEqualTo(OfferStatus.DECLINED);
        assertThat(stage(jordan)).isEqualTo(ApplicationStage.OFFER);

        OfferDetail second = As.user("recruiter", () -> offers.makeOffer(jordan, version(jordan),
                terms("330000", "1.00", "0.50")));

        assertThat(As.user("recruiter", () -> offers.offersFor(jordan))).extracting(OfferDetail::id, OfferDetail::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second.id(), OfferStatus.EXTENDED),
                        org.assertj.core.groups.Tuple.tuple(first.id(), OfferStatus.DECLINED));
    }

    @Test
    void an_exception_approved_by_the_cmo_office_and_then_accepted_fills_the_position() {
        long employee = SystemActor.call(() -> accounts.findByUsername("caregiver")).orElseThrow().employeeId();
        String oldSeat = SystemActor.call(() -> orgChart.positionHeldBy(employee)).map(PositionSummary::code)
                .orElseThrow();

        OfferDetail requested = As.user("recruiter", () -> offers.requestException(jordan, version(jordan),
                terms("360000", "1.00", "0.50"), "Competing offer from another health system; retains a quality lead"));
        assertThat(requested.status()).isEqualTo(OfferStatus.PENDING_EXCEPTION);
        assertThat(stage(jordan)).isEqualTo(ApplicationStage.FINALIST);
        assertThat(As.user("caregiver", () -> offers.myOffers())).isEmpty();
        assertThat(As.user("cmo", () -> notifications.recent(5))).extracting(NotificationItem::link)
                .contains("offer-exceptions");
        assertThat(As.user("cmo", () -> exceptions.pendingExceptions(PageRequest.of(0, 10)))).extracting(r -> r.offer().id(),
                ExceptionRequest::candidateName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(requested.id(), "Jordan Ellis, MD"));

        OfferDetail approved = As.user("cmo", () -> exceptions.approveException(requested.id(), requested.version(),
                "Within the department's budget"));
        assertThat(approved.status()).isEqualTo(OfferStatus.EXTENDED);
        assertThat(approved.exceptionDecidedBy()).isEqualTo("cmo");
        assertThat(approved.exceptionDecidedAt()).isNotNull();
        assertThat(stage(jordan)).isEqualTo(ApplicationStage.OFFER);

        MyOffer mine = As.user("caregiver", () -> offers.myOffers()).getFirst();
        MyOffer accepted = As.user("caregiver", () -> offers.accept(mine.id(), mine.version()));

        assertThat(accepted.status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(stage(jordan)).isEqualTo(ApplicationStage.HIRED);
        assertThat(SystemActor.call(() -> orgChart.findByCode(SEAT, start)).orElseThrow().incumbentEmployeeId())
                .isEqualTo(employee);
        assertThat(SystemActor.call(() -> orgChart.findByCode(SEAT, start.minusDays(1))).orElseThrow().vacant()).isTrue();
        assertThat(SystemActor.call(() -> orgChart.findByCode(oldSeat, start)).orElseThrow().vacant()).isTrue();
        assertThat(SystemActor.call(() -> orgChart.findByCode(oldSeat, start.minusDays(1))).orElseThrow()
                .incumbentEmployeeId()).isEqualTo(employee);
        long requisitionId = As.user("recruiter", () -> review.detail(jordan)).requisitionId();
        assertThat(As.user("recruiter", () -> requisitions.details(requisitionId)).status())
                .isEqualTo(RequisitionStatus.FILLED);
        assertThat(As.user("recruiter", () -> offers.offersFor(jordan)).getFirst().seatCode()).isEqualTo(SEAT);
        assertThat(As.user("recruiter", () -> auditLog.historyOf(OfferService.AUDIT_TYPE, requested.id(),
                PageRequest.of(0, 10)))).extracting(AuditEvent::action)
                .containsExactlyInAnyOrder("EXCEPTION_REQUESTED", "EXCEPTION_APPROVED", "ACCEPTED");
    }

    @Test
    void an_external_hire_gets_an_employee_record_and_the_seat() {
        // HR adds external people elsewhere (another slice); built here the way that feature stores them.
        Candidate priya = candidateRepository.saveAndFlush(
                UnsavedApplications.externalCandidate("Priya", "Raman", "priya.raman@example.org"));
        ApplicationDetail jordans = As.user("recruiter", () -> review.detail(jordan));
        JobApplication external = UnsavedApplications.external(priya, jordans.requisitionId(), quality,
                jordans.title(), ApplicationForms.complete(), "recruiter", clock.instant());
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW,
                ApplicationStage.FINALIST)) {
            external.moveTo(stage, "recruiter", clock.instant(), null);
        }
        long applicationId = applicationRepository.saveAndFlush(external).getId();

        OfferDetail offer = As.user("recruiter", () -> offers.makeOffer(applicationId, version(applicationId),
                terms("310000", "1.00", "0.50")));
        OfferDetail accepted = As.user("recruiter", () -> offers.recordResponse(offer.id(), offer.version(), true,
                null));

        assertThat(accepted.status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(accepted.respondedBy()).isEqualTo("recruiter");
        EmployeeSummary employee = SystemActor.call(() -> employees.findByEmployeeNumber("H" + offer.id()))
                .orElseThrow();
        assertThat(employee.fullName()).contains("Priya").contains("Raman");
        assertThat(candidateRepository.findById(priya.getId()).orElseThrow().getEmployeeId()).isEqualTo(employee.id());
        assertThat(SystemActor.call(() -> orgChart.findByCode(SEAT, start)).orElseThrow().incumbentEmployeeId())
                .isEqualTo(employee.id());
        assertThat(As.user("recruiter", () -> requisitions.details(jordans.requisitionId())).status())
                .isEqualTo(RequisitionStatus.FILLED);
    }

    @Test
    void whoever_requested_an_exception_cannot_decide_it() {
        // Sam recruits and also sits in the CMO office: he requests the exception, so another member decides it.
        OfferDetail requested = As.user("recruiter", RECRUITER_AND_CMO, () -> offers.requestException(jordan,
                version(jordan), terms("260000", "1.00", "0.50"), "Candidate asked for a reduced base with a larger bonus"));

        assertThat(As.user("recruiter", RECRUITER_AND_CMO, () -> exceptions.pendingExceptions(PageRequest.of(0, 10))))
                .isEmpty();
        assertThatThrownBy(() -> As.user("recruiter", RECRUITER_AND_CMO, () -> exceptions.approveException(requested.id(),
                requested.version(), null))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("You requested this exception");
        assertThatThrownBy(() -> As.user("recruiter", () -> exceptions.approveException(requested.id(),
                requested.version(), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("cmo", () -> exceptions.rejectException(requested.id(), requested.version(),
                " "))).hasMessage("Give a reason for rejecting the exception.");

        OfferDetail rejected = As.user("cmo", () -> exceptions.rejectException(requested.id(), requested.version(),
                "Internal equity with the other medical directors"));
        assertThat(rejected.status()).isEqualTo(OfferStatus.REJECTED_EXCEPTION);
        assertThat(rejected.exceptionDecisionReason()).isEqualTo("Internal equity with the other medical directors");
        assertThat(As.user("recruiter", () -> notifications.recent(5))).extracting(NotificationItem::subject)
                .contains("Offer exception rejected: " + quality);
    }

    @Test
    void a_caregiver_cannot_see_or_answer_another_caregivers_offer() {
        OfferDetail offer = As.user("recruiter", () -> offers.makeOffer(jordan, version(jordan),
                terms("300000", "1.00", "0.50")));

        assertThat(As.user("pophealth", () -> offers.myOffers())).isEmpty();
        assertThatThrownBy(() -> As.user("pophealth", () -> offers.accept(offer.id(), offer.version())))
                .isInstanceOf(DomainException.class).hasMessage("There is no offer " + offer.id() + ".");
        assertThatThrownBy(() -> As.user("caregiver", () -> offers.offersFor(jordan)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("caregiver", () -> offers.recordResponse(offer.id(), offer.version(), true,
                null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("someone", new String[] {"HIRING_MANAGER"}, () -> offers.offersFor(jordan)))
                .hasMessage("There is no application " + jordan + ".");
        assertThat(As.user("manager", () -> offers.offersFor(jordan))).hasSize(1);
    }

    @Test
    void hr_records_a_decline_and_rescinds_nothing_closed() {
        OfferDetail offer = As.user("recruiter", () -> offers.makeOffer(jordan, version(jordan),
                terms("300000", "1.00", "0.50")));
        OfferDetail declined = As.user("recruiter", () -> offers.recordResponse(offer.id(), offer.version(), false,
                "Told us by phone: relocating"));

        assertThat(declined.status()).isEqualTo(OfferStatus.DECLINED);
        assertThat(declined.respondedBy()).isEqualTo("recruiter");
        assertThatThrownBy(() -> As.user("recruiter", () -> offers.rescind(declined.id(), declined.version(), "x")))
                .hasMessage("An offer that is declined cannot be rescinded.");
    }

    @Test
    void withdrawing_the_application_closes_its_open_offer() {
        OfferDetail offer = As.user("recruiter", () -> offers.makeOffer(jordan, version(jordan),
                terms("300000", "1.00", "0.50")));

        As.user("caregiver", () -> applications.withdraw(jordan, As.user("caregiver",
                () -> applications.myApplication(jordan)).orElseThrow().version(), "Staying put"));

        OfferDetail closed = As.user("recruiter", () -> offers.offersFor(jordan)).getFirst();
        assertThat(closed.id()).isEqualTo(offer.id());
        assertThat(closed.status()).isEqualTo(OfferStatus.RESCINDED);
        assertThat(closed.responseReason()).isEqualTo("The candidate withdrew the application.");
    }

    @Test
    void rejecting_the_application_closes_a_waiting_exception_request() {
        OfferDetail requested = As.user("recruiter", () -> offers.requestException(jordan, version(jordan),
                terms("360000", "1.00", "0.50"), "Competing offer"));

        As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan, version(jordan))),
                ApplicationStage.REJECTED, "Another finalist was chosen"));

        assertThat(As.user("recruiter", () -> offers.offersFor(jordan)).getFirst().status())
                .isEqualTo(OfferStatus.RESCINDED);
        assertThat(As.user("cmo", () -> exceptions.pendingExceptionCount())).isZero();
        assertThatThrownBy(() -> As.user("cmo", () -> exceptions.approveException(requested.id(), requested.version() + 1,
                null))).hasMessage("This offer is rescinded; there is no exception to decide.");
    }

    @Test
    void a_bulk_move_cannot_skip_the_offer() {
        assertThatThrownBy(() -> As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan,
                version(jordan))), ApplicationStage.OFFER, null))).hasMessageStartingWith("Make the offer on the");
    }

    private long version(long applicationId) {
        return As.user("recruiter", () -> review.detail(applicationId)).version();
    }

    private ApplicationStage stage(long applicationId) {
        return As.user("recruiter", () -> review.detail(applicationId)).stage();
    }

    private OfferTerms terms(String amount, String fte, String adminFte) {
        return new OfferTerms(new BigDecimal(amount), new BigDecimal(fte), new BigDecimal(adminFte), start,
                "Sign-on bonus of $20,000");
    }
}
