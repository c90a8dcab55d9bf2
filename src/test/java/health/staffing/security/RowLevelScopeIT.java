package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.AuditLog;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.candidates.UploadedDocument;
import health.staffing.candidates.offers.OfferDetail;
import health.staffing.candidates.offers.OfferService;
import health.staffing.candidates.offers.OfferTerms;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.scorecards.ReviewerAssignmentService;
import health.staffing.candidates.scorecards.ScorecardService;
import health.staffing.notifications.NotificationItem;
import health.staffing.notifications.NotificationService;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.requisitions.RequisitionService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * For each kind of record, someone outside its scope who asks for it by id gets exactly the answer a
 * missing id gets, so ids cannot be probed: requisition, application, document, scorecard, offer,
 * notification and audit event. Jordan Ellis applies to seed 002 and gets an offer; the outsiders are
 * a hiring manager of other requisitions, another caregiver and an administrator. Every test rolls back.
 */
@DatabaseTest
@Transactional
class RowLevelScopeIT {

    private static final long MISSING = 987_654_321L;
    /** A hiring manager with no requisition of their own. */
    private static final String OTHER_MANAGER = "someone";
    private static final String[] HIRING_MANAGER = {"HIRING_MANAGER", "CAREGIVER"};

    @Autowired
    RequisitionService requisitions;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    ApplicationService applications;
    @Autowired
    CandidateReviewService review;
    @Autowired
    StageService stages;
    @Autowired
    ScorecardService scorecards;

    @Autowired
    ReviewerAssignmentService assignments;
    @Autowired
    OfferService offers;
    @Autowired
    NotificationService notifications;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Clock clock;

    private long requisitionId;
    private MyApplication jordan;
    private long cvId;
    private OfferDetail offer;

    @BeforeEach
    void jordan_applies_to_seed_002_and_gets_an_offer() {
        String quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        requisitionId = SystemActor.call(() -> requisitions.findByReference(quality)).id();
        jordan = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.withCv()
                .cv(new UploadedDocument("jordan-cv.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .build()));
        cvId = As.user("recruiter", () -> review.detail(jordan.id())).documents().getFirst().id();
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW,
                ApplicationStage.FINALIST)) {
            long version = As.user("recruiter", () -> review.detail(jordan.id())).version();
            As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan.id(), version)), stage, null));
        }
        long version = As.user("recruiter", () -> review.detail(jordan.id())).version();
        offer = As.user("recruiter", () -> offers.makeOffer(jordan.id(), version, new OfferTerms(
                new BigDecimal("300000"), BigDecimal.ONE, new BigDecimal("0.50"), LocalDate.now(clock).plusDays(30),
                null)));
    }

    @Test
    void a_requisition_outside_a_hiring_managers_own_answers_as_missing() {
        assertSameAnswer(id -> As.user(OTHER_MANAGER, HIRING_MANAGER, () -> requisitions.details(id)), requisitionId);
    }

    @Test
    void an_application_outside_ones_scope_answers_as_missing() {
        assertSameAnswer(id -> As.user(OTHER_MANAGER, HIRING_MANAGER, () -> review.detail(id)), jordan.id());
        assertThat(As.user("pophealth", () -> applications.myApplication(jordan.id())))
                .isEqualTo(As.user("pophealth", () -> applications.myApplication(MISSING))).isEmpty();
    }

    @Test
    void a_document_outside_ones_scope_answers_as_missing() {
        assertSameAnswer(id -> As.user(OTHER_MANAGER, HIRING_MANAGER, () -> review.document(id, cvId)), jordan.id());
        assertThat(As.user("pophealth", () -> applications.myDocument(jordan.id(), cvId)))
                .isEqualTo(As.user("pophealth", () -> applications.myDocument(MISSING, cvId))).isEmpty();
        // HR asking for a document id of another application through this one: as a missing document.
        ApplicationDetail seen = As.user("recruiter", () -> review.detail(jordan.id()));
        assertThat(seen.documents()).extracting(ApplicationDetail.DocumentInfo::id).containsExactly(cvId);
        assertSameAnswer(id -> As.user("recruiter", () -> review.document(jordan.id(), id)), cvId + 1_000_000);
    }

    @Test
    void a_scorecard_outside_ones_assignments_answers_as_missing() {
        assertSameAnswer(id -> As.user("pophealth", () -> scorecards.reviewerPage(id)), jordan.id());
        assertSameAnswer(id -> As.user(OTHER_MANAGER, HIRING_MANAGER, () -> scorecards.submittedScorecards(id)),
                jordan.id());
        assertSameAnswer(id -> As.user(OTHER_MANAGER, HIRING_MANAGER, () -> assignments.reviewers(id)), jordan.id());
    }

    @Test
    void an_offer_that_is_not_ones_own_answers_as_missing() {
        assertSameAnswer(id -> As.user("pophealth", () -> offers.accept(id, offer.version())), offer.id());
        assertSameAnswer(id -> As.user(OTHER_MANAGER, HIRING_MANAGER, () -> offers.offersFor(id)), jordan.id());
    }

    @Test
    void someone_elses_notification_is_left_alone_as_a_missing_one_is() {
        NotificationItem jordans = As.user("caregiver", () -> notifications.recent(5)).getFirst();
        assertThat(jordans.read()).isFalse();

        As.user("pophealth", () -> notifications.markRead(jordans.id()));
        As.user("pophealth", () -> notifications.markRead(MISSING));

        assertThat(As.user("caregiver", () -> notifications.recent(5)).getFirst().read()).isFalse();
    }

    @Test
    void an_audit_event_outside_ones_scope_is_not_listed_as_a_missing_record_is_not() {
        List<?> jordansTrail = As.user("admin", () -> auditLog.historyOf("JobApplication", jordan.id(),
                PageRequest.of(0, 50)));

        assertThat(jordansTrail).isEqualTo(As.user("admin", () -> auditLog.historyOf("JobApplication", MISSING,
                PageRequest.of(0, 50)))).isEmpty();
        assertThat(As.user("recruiter", () -> auditLog.historyOf("JobApplication", jordan.id(), PageRequest.of(0, 50))))
                .isNotEmpty();
    }

    /** The refusal for an existing id, with the id taken out, equals the refusal for a missing one. */
    private static void assertSameAnswer(LongFunction<?> ask, long existing) {
        Throwable forExisting = catchThrowable(() -> ask.apply(existing));
        Throwable forMissing = catchThrowable(() -> ask.apply(MISSING));

        assertThat(forExisting).as("asking for %d", existing).isNotNull();
        assertThat(forExisting.getClass()).isEqualTo(forMissing.getClass());
        assertThat(forExisting.getMessage().replace(String.valueOf(existing), "N"))
                .isEqualTo(forMissing.getMessage().replace(String.valueOf(MISSING), "N"));
    }
}
