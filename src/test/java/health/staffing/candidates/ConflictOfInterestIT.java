package health.staffing.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.approvals.ApprovalService;
import health.staffing.approvals.Decision;
import health.staffing.approvals.InboxItem;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.candidates.offers.MyOffer;
import health.staffing.candidates.offers.OfferDetail;
import health.staffing.candidates.offers.OfferExceptionService;
import health.staffing.candidates.offers.OfferService;
import health.staffing.candidates.offers.OfferTerms;
import health.staffing.candidates.review.BlindPassService;
import health.staffing.candidates.review.CandidateComparisonService;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.ReviewFilter;
import health.staffing.candidates.review.ReviewRow;
import health.staffing.candidates.review.ScreeningService;
import health.staffing.candidates.scorecards.MyReview;
import health.staffing.candidates.scorecards.ReviewerAssignmentService;
import health.staffing.candidates.scorecards.ScorecardService;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.requisitions.ConflictOfInterest;
import health.staffing.requisitions.PostingDraft;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.security.SystemActor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sam Patel recruits for seed 004 (job 102619, requested by the administrator who imported it). He
 * wants the job himself: he may not apply while he runs it; once HR (Dana Brooks, "talent") takes
 * the requisition over he applies, and from then on nothing of that requisition's hiring is his to
 * read or do, whatever his roles — while every other requisition stays his work. Every test rolls back
 * (the records of refused attempts are committed on purpose, in their own transaction).
 */
@DatabaseTest
@Transactional
class ConflictOfInterestIT {

    /** Sam with every role that could reach the requisition: HR, hiring manager, CMO office, finance. */
    private static final String[] SAM_WITH_EVERY_ROLE = {"RECRUITER", "HIRING_MANAGER", "CMO_OFFICE", "FINANCE",
        "CAREGIVER"};
    private static final String SEED_004 = "102619";

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
    BlindPassService blindPass;
    @Autowired
    OfferService offers;

    @Autowired
    OfferExceptionService exceptions;
    @Autowired
    CandidateDocumentService documents;
    @Autowired
    ExternalCandidateService externals;
    @Autowired
    CandidateComparisonService comparison;
    @Autowired
    ScreeningService screening;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    PostingService postings;

    @Autowired
    SeatRequisitions seats;
    @Autowired
    ApprovalService approvals;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Clock clock;

    private long requisitionId;
    private MyApplication jordan;
    private MyApplication sam;

    @BeforeEach
    void sam_applies_to_seed_004_after_hr_hands_it_to_dana() {
        requisitionId = SystemActor.call(() -> requisitions.findByReference(SEED_004)).id();
        jordan = As.user("caregiver", () -> applications.apply(SEED_004, ApplicationForms.complete()));
        // Before he applies, Sam asked the hiring manager to score Jordan.
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "recruiter"));
        reassignRecruiter("talent");
        sam = As.user("recruiter", () -> applications.apply(SEED_004, ApplicationForms.complete()));
    }

    @Test
    void whoever_runs_a_requisition_cannot_apply_to_it_until_hr_reassigns_it() {
        String quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);

        // Sam requested and recruits for seed 002; Maya Okafor hires for it.
        assertThatThrownBy(() -> As.user("recruiter", () -> applications.apply(quality, ApplicationForms.complete())))
                .isInstanceOf(DomainException.class)
                .hasMessage("You requested this requisition, so you cannot apply to it (conflict of interest).");
        assertThatThrownBy(() -> As.user("manager", () -> applications.apply(quality, ApplicationForms.complete())))
                .isInstanceOf(DomainException.class)
                .hasMessage("You run this requisition (as its hiring manager); ask HR to reassign it before you apply.");
        assertThat(As.user("manager", () -> applications.whyNotApply(quality))).isPresent();
        assertThat(As.user("caregiver", () -> applications.whyNotApply(quality))).isEmpty();
        assertThat(refusalsOf(quality)).extracting(AuditEvent::after).anyMatch(after -> after.startsWith(
                "recruiter tried to apply to a requisition they run"));
    }

    @Test
    void hr_cannot_make_a_candidate_the_recruiter_or_hiring_manager_of_the_requisition() {
        assertThatThrownBy(() -> reassignRecruiter("recruiter")).isInstanceOf(DomainException.class)
                .hasMessage("Sam Patel is a candidate for job 102619 and cannot hire or recruit for it; choose someone else.");
    }

    @Test
    void the_candidate_reads_none_of_the_requisitions_candidates_but_every_other_requisition_stays_theirs() {
        long others = as(() -> review.count(new ReviewFilter(SEED_004, Set.of(), null)));
        assertThat(others).isZero();
        assertThat(as(() -> review.review(ReviewFilter.none(), PageRequest.of(0, 500))))
                .extracting(ReviewRow::reference).doesNotContain(SEED_004).isNotEmpty();
        assertThat(as(() -> review.reviews(requisitionId))).isFalse();
        assertThat(as(() -> review.pipeline(requisitionId, 5))).isEmpty();

        for (long id : List.of(jordan.id(), sam.id())) {
            assertMissing(() -> review.detail(id), id);
            assertMissing(() -> screening.screening(id), id);
            assertMissing(() -> assignments.reviewers(id), id);
            assertMissing(() -> offers.offersFor(id), id);
        }
        assertMissing(() -> comparison.compare(List.of(jordan.id(), sam.id())), jordan.id());
        // ... while the application stays his as a candidate.
        assertThat(As.user("recruiter", () -> applications.myApplications())).extracting(MyApplication::id)
                .contains(sam.id());
        // HR, without the conflict, reads both.
        assertThat(As.user("talent", () -> review.count(new ReviewFilter(SEED_004, Set.of(), null)))).isEqualTo(2);
    }

    @Test
    void the_candidate_moves_rejects_assigns_and_attaches_nothing_on_the_requisition() {
        long version = As.user("talent", () -> review.detail(jordan.id())).version();

        assertMissing(() -> stages.moveStage(List.of(new StageMove(jordan.id(), version)),
                ApplicationStage.SCREENING, null), jordan.id());
        assertMissing(() -> stages.moveStage(List.of(new StageMove(jordan.id(), version)),
                ApplicationStage.REJECTED, "Not enough leadership experience"), jordan.id());
        assertMissing(() -> stages.moveStage(List.of(new StageMove(sam.id(), sam.version())),
                ApplicationStage.SCREENING, null), sam.id());
        assertMissing(() -> assignments.assign(List.of(jordan.id()), "reviewer"), jordan.id());
        assertMissing(() -> documents.attach(jordan.id(), DocumentKind.REFERENCE_LETTER, TestDocuments.cv()),
                jordan.id());
        assertThatThrownBy(() -> as(() -> {
            blindPass.setBlindFirstPass(requisitionId, true);
            return null;
        })).hasMessageStartingWith("You are a candidate for job 102619, so you cannot change how its candidates");
        assertThatThrownBy(() -> as(() -> externals.add(SEED_004, new ExternalCandidateForm("Lena", "Ortiz",
                "lena.ortiz@example.org", null, ApplicationForms.complete()))))
                .hasMessageStartingWith("You are a candidate for job 102619, so you cannot add candidates to it");
        assertThat(As.user("talent", () -> review.detail(jordan.id())).stage()).isEqualTo(ApplicationStage.APPLIED);
    }

    @Test
    void a_reviewer_who_becomes_a_candidate_can_no_longer_score_the_requisition() {
        assertThat(As.user("recruiter", () -> scorecards.myReviews(PageRequest.of(0, 10))))
                .extracting(MyReview::applicationId).doesNotContain(jordan.id());
        assertThat(As.user("recruiter", () -> scorecards.countMyReviews())).isZero();
        assertMissing(() -> scorecards.reviewerPage(jordan.id()), jordan.id());
        assertMissing(() -> scorecards.submittedScorecards(jordan.id()), jordan.id());
        assertThat(as(() -> scorecards.maySeeScores(jordan.id()))).isFalse();
        // Nor can HR put him, or anyone else applying to it, on the panel.
        assertThatThrownBy(() -> As.user("talent", () -> assignments.assign(List.of(jordan.id()), "recruiter")))
                .hasMessage("Sam Patel is a candidate for 102619 and cannot review its candidates (conflict of interest).");
    }

    @Test
    void the_candidate_makes_no_offers_and_answers_none_on_anyones_behalf() {
        finalist(jordan.id());
        finalist(sam.id());
        assertMissing(() -> offers.makeOffer(jordan.id(), version(jordan.id()), terms("345000")), jordan.id());
        assertMissing(() -> offers.makeOffer(sam.id(), version(sam.id()), terms("350000")), sam.id());

        OfferDetail toSam = As.user("talent", () -> offers.makeOffer(sam.id(), version(sam.id()), terms("345000")));
        // Sam answers as the candidate, under My applications; never as HR on his own or anyone's behalf.
        assertThatThrownBy(() -> as(() -> offers.recordResponse(toSam.id(), toSam.version(), true, null)))
                .hasMessage("There is no offer " + toSam.id() + ".");
        assertThatThrownBy(() -> as(() -> offers.rescind(toSam.id(), toSam.version(), "Changed my mind")))
                .hasMessage("There is no offer " + toSam.id() + ".");
        assertThat(As.user("recruiter", () -> offers.myOffers())).extracting(MyOffer::id).containsExactly(toSam.id());
    }

    @Test
    void the_candidate_decides_no_offer_exception_of_the_requisition() {
        finalist(jordan.id());
        OfferDetail exception = As.user("talent", () -> offers.requestException(jordan.id(), version(jordan.id()),
                terms("390000"), "Competing offer from a New York academic center"));

        assertThat(as(() -> exceptions.pendingExceptions(PageRequest.of(0, 10)))).isEmpty();
        assertThatThrownBy(() -> as(() -> exceptions.approveException(exception.id(), exception.version(), null)))
                .hasMessageStartingWith("You are a candidate for job 102619, so you cannot decide its offer exceptions");
        assertThat(As.user("cmo", () -> exceptions.pendingExceptions(PageRequest.of(0, 10)))).hasSize(1);
    }

    @Test
    void the_candidate_edits_neither_the_requisition_nor_its_posting_nor_decides_its_approval() {
        RequisitionDetails details = As.user("talent", () -> requisitions.details(requisitionId));
        assertThat(as(() -> requisitions.availableActions(requisitionId))).isEmpty();
        assertThatThrownBy(() -> as(() -> requisitions.update(requisitionId, details.version(),
                RequisitionForm.from(details)))).hasMessageStartingWith(
                        "You are a candidate for job 102619, so you cannot change this requisition");
        PostingDraft draft = As.user("talent", () -> postings.find(requisitionId)).orElseThrow();
        assertThatThrownBy(() -> as(() -> postings.save(requisitionId, draft.version(), draft.content())))
                .hasMessageStartingWith("You are a candidate for job 102619, so you cannot edit its posting");

        // A new hiring manager sends the posted requisition back to its approvers.
        RequisitionDetails moved = As.user("talent", () -> requisitions.reassign(requisitionId, details.version(),
                "deputycmo", "talent", "Maya Okafor is on leave"));
        assertThat(moved.status()).isEqualTo(RequisitionStatus.PENDING_APPROVAL);
        AuditEvent reassigned = As.user("talent", () -> auditLog.historyOf("Requisition", requisitionId,
                PageRequest.of(0, 50))).stream().filter(event -> event.action().equals("REASSIGNED")).findFirst()
                .orElseThrow();
        assertThat(reassigned.before()).isEqualTo("hiring manager manager, recruiter talent");
        assertThat(reassigned.after())
                .isEqualTo("hiring manager deputycmo, recruiter talent; reason: Maya Okafor is on leave");
        InboxItem waiting = Stream.of("finance", "cmo", "pophealth", "vpclinical")
                .flatMap(approver -> As.user(approver, () -> approvals.inbox(PageRequest.of(0, 50))).stream())
                .filter(item -> item.requisition().requisitionId() == requisitionId).findFirst().orElseThrow();
        assertThat(as(() -> approvals.inbox(PageRequest.of(0, 50)))).extracting(i -> i.requisition().requisitionId())
                .doesNotContain(requisitionId);
        assertThatThrownBy(() -> as(() -> {
            approvals.decide(waiting.stepId(), waiting.stepVersion(), Decision.APPROVE, null);
            return null;
        })).hasMessage("You are a candidate for job 102619, so you cannot decide its approval (conflict of interest)."
                + " Follow your application under My applications.");
    }

    @Test
    void every_refusal_is_recorded_and_only_hr_outside_the_conflict_reads_it() {
        assertMissing(() -> review.detail(jordan.id()), jordan.id());

        List<AuditEvent> refusals = refusalsOf(SEED_004);
        assertThat(refusals).extracting(AuditEvent::after)
                .anyMatch(after -> after.equals("recruiter is a candidate for 102619 and asked for application "
                        + jordan.id()));
        assertThat(As.user("recruiter", () -> auditLog.historyOf("Requisition", requisitionId, PageRequest.of(0, 50))))
                .extracting(AuditEvent::action).doesNotContain(ConflictOfInterest.AUDIT_ACTION);
        assertThat(As.user("admin", () -> auditLog.historyOf("Requisition", requisitionId, PageRequest.of(0, 50))))
                .extracting(AuditEvent::action).doesNotContain(ConflictOfInterest.AUDIT_ACTION);
    }

    private List<AuditEvent> refusalsOf(String reference) {
        long id = SystemActor.call(() -> requisitions.findByReference(reference)).id();
        return As.user("talent", () -> auditLog.historyOf("Requisition", id, PageRequest.of(0, 200))).stream()
                .filter(event -> event.action().equals(ConflictOfInterest.AUDIT_ACTION)).toList();
    }

    private void reassignRecruiter(String recruiter) {
        RequisitionDetails details = As.user("talent", () -> requisitions.details(requisitionId));
        As.user("talent", () -> requisitions.reassign(requisitionId, details.version(), details.hiringManager(),
                recruiter, "Sam Patel wants to apply"));
    }

    private void finalist(long applicationId) {
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW,
                ApplicationStage.FINALIST)) {
            As.user("talent", () -> stages.moveStage(List.of(new StageMove(applicationId, version(applicationId))),
                    stage, null));
        }
    }

    private long version(long applicationId) {
        return As.user("talent", () -> review.detail(applicationId)).version();
    }

    private OfferTerms terms(String amount) {
        return new OfferTerms(new BigDecimal(amount), BigDecimal.ONE, BigDecimal.ONE, LocalDate.now(clock).plusDays(30),
                null);
    }

    private static <T> T as(Supplier<T> work) {
        return As.user("recruiter", SAM_WITH_EVERY_ROLE, work);
    }

    private static void assertMissing(Supplier<?> work, long applicationId) {
        assertThatThrownBy(() -> as(work)).isInstanceOf(DomainException.class)
                .hasMessage("There is no application " + applicationId + ".");
    }
}
