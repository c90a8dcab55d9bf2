package health.staffing.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.candidates.offers.OfferDetail;
import health.staffing.candidates.offers.OfferExceptionService;
import health.staffing.candidates.offers.OfferService;
import health.staffing.candidates.offers.OfferTerms;
import health.staffing.candidates.review.BlindPassService;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.Recommendation;
import health.staffing.candidates.review.ReviewFilter;
import health.staffing.candidates.review.ReviewRow;
import health.staffing.candidates.scorecards.CriterionRating;
import health.staffing.candidates.scorecards.ReviewerAssignmentService;
import health.staffing.candidates.scorecards.ScorecardEntry;
import health.staffing.candidates.scorecards.ScorecardService;
import health.staffing.notifications.NotificationItem;
import health.staffing.notifications.NotificationService;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionFilter;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.SystemActor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confidentiality and scope beyond the gate, on the demo organisation: a person in the CMO office who
 * also hires sees only their own requisitions' candidates; an applicant's manager never scores them
 * and never sees their offer exception; the blind first pass withholds documents from the hiring
 * team; a reviewer with a draft cannot filter or sort by the others' scores; HR's recent activity
 * leaves out the requisition HR is a candidate on. Every test rolls back.
 */
@DatabaseTest
@Transactional
class ConfidentialityIT {

    private static final String SEED_004 = "102619";
    private static final List<String> SEED_004_COMPETENCIES = List.of("Integrity and Trust", "Customer Focus",
            "Functional/Technical skills", "Written/Oral Communication");

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
    RequisitionService requisitions;
    @Autowired
    NotificationService notifications;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Clock clock;

    private long seed004;

    @BeforeEach
    void seed_004() {
        seed004 = SystemActor.call(() -> requisitions.findByReference(SEED_004)).id();
    }

    @Test
    void a_cmo_office_member_who_hires_sees_every_requisition_but_only_their_own_candidates() {
        MyApplication jordan = As.user("caregiver", () -> applications.apply(SEED_004, ApplicationForms.complete()));

        assertThat(As.user("deputycmo", () -> requisitions.count(RequisitionFilter.none()))).isGreaterThan(5);
        assertThat(As.user("deputycmo", () -> requisitions.details(seed004)).reference()).isEqualTo(SEED_004);
        assertThat(As.user("deputycmo", () -> review.count(ReviewFilter.none()))).isZero();
        assertThatThrownBy(() -> As.user("deputycmo", () -> review.detail(jordan.id())))
                .hasMessage("There is no application " + jordan.id() + ".");

        RequisitionDetails details = As.user("recruiter", () -> requisitions.details(seed004));
        As.user("recruiter", () -> requisitions.reassign(seed004, details.version(), "deputycmo", "recruiter",
                "Maya Okafor is on leave"));

        assertThat(As.user("deputycmo", () -> review.review(ReviewFilter.none(), PageRequest.of(0, 50))))
                .extracting(ReviewRow::reference).containsOnly(SEED_004);
    }

    @Test
    void the_applicants_manager_is_never_assigned_to_score_them() {
        // Gregory Lin reports to Maya Okafor and applied to seed 003, which she hires for (demo data).
        ReviewRow gregory = As.user("recruiter", () -> review.review(ReviewFilter.none(), PageRequest.of(0, 200)))
                .stream().filter(row -> row.candidateName().equals("Gregory Lin, MD")).findFirst().orElseThrow();

        assertThatThrownBy(() -> As.user("recruiter", () -> assignments.assign(List.of(gregory.id()), "manager")))
                .isInstanceOf(DomainException.class)
                .hasMessage("Maya Okafor manages Gregory Lin, MD and cannot score their application; choose another"
                        + " reviewer.");
        assertThat(As.user("manager", () -> review.detail(gregory.id())).candidateName())
                .as("as its hiring manager she still reads the application").isEqualTo("Gregory Lin, MD");
    }

    @Test
    void an_offer_exception_for_someone_the_cmo_manages_is_neither_shown_nor_sent_to_her() {
        // Daniel Cho (deputy CMO) reports to Elena Marsh (the CMO) and applies to seed 004.
        MyApplication daniel = As.user("deputycmo", () -> applications.apply(SEED_004, ApplicationForms.complete()));
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW,
                ApplicationStage.FINALIST)) {
            As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(daniel.id(), version(daniel.id()))),
                    stage, null));
        }
        OfferDetail exception = As.user("recruiter", () -> offers.requestException(daniel.id(), version(daniel.id()),
                new OfferTerms(new BigDecimal("380000"), BigDecimal.ONE, BigDecimal.ONE,
                        LocalDate.now(clock).plusDays(30), null), "Matches his current base"));

        assertThat(As.user("cmo", () -> exceptions.pendingExceptions(PageRequest.of(0, 10)))).isEmpty();
        assertThat(As.user("cmo", () -> exceptions.pendingExceptionCount())).isZero();
        assertThatThrownBy(() -> As.user("cmo", () -> exceptions.approveException(exception.id(), exception.version(),
                null))).hasMessage("There is no offer " + exception.id() + ".");
        assertThat(As.user("cmo", () -> notifications.recent(20))).extracting(NotificationItem::subject)
                .doesNotContain("Offer exception to decide: " + SEED_004);
        // Nor can he decide his own: he is the candidate.
        assertThatThrownBy(() -> As.user("deputycmo", () -> exceptions.approveException(exception.id(),
                exception.version(), null))).hasMessageStartingWith("You are a candidate for job 102619");
    }

    @Test
    void the_blind_first_pass_withholds_documents_from_the_hiring_team_but_not_from_hr() {
        As.user("recruiter", () -> {
            blindPass.setBlindFirstPass(seed004, true);
            return null;
        });
        MyApplication jordan = As.user("caregiver", () -> applications.apply(SEED_004, ApplicationForms.complete()));

        ApplicationDetail asHiringManager = As.user("manager", () -> review.detail(jordan.id()));
        ApplicationDetail asHr = As.user("recruiter", () -> review.detail(jordan.id()));

        assertThat(asHiringManager.documents()).isEmpty();
        assertThat(asHiringManager.documentsWithheld()).isTrue();
        assertThat(asHr.documents()).hasSize(2).allSatisfy(document ->
                assertThat(document.filename()).doesNotContain("jordan"));
        long cv = asHr.documents().getFirst().id();
        assertThatThrownBy(() -> As.user("manager", () -> review.document(jordan.id(), cv)))
                .hasMessage("There is no document " + cv + ".");
        assertThat(As.user("recruiter", () -> review.document(jordan.id(), cv)).content()).isNotEmpty();
    }

    @Test
    void a_reviewer_whose_own_scorecard_is_a_draft_cannot_filter_or_sort_by_the_others_scores() {
        MyApplication jordan = As.user("caregiver", () -> applications.apply(SEED_004, ApplicationForms.complete()));
        MyApplication anita = As.user("pophealth", () -> applications.apply(SEED_004, ApplicationForms.complete()));
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id(), anita.id()), "reviewer"));
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "manager"));
        As.user("reviewer", () -> scorecards.submit(jordan.id(), scorecards.reviewerPage(jordan.id()).mine().version(),
                entry(5)));
        As.user("reviewer", () -> scorecards.submit(anita.id(), scorecards.reviewerPage(anita.id()).mine().version(),
                entry(2)));
        ReviewFilter atLeastFour = new ReviewFilter(SEED_004, Set.of(), null, null, new BigDecimal("4"));

        assertThat(As.user("recruiter", () -> review.count(atLeastFour))).isEqualTo(1);
        // Maya hires for seed 004 and still has Jordan's scorecard open: his 5 must not reach her.
        assertThat(As.user("manager", () -> review.count(atLeastFour))).isZero();
        assertThat(As.user("manager", () -> review.review(atLeastFour, PageRequest.of(0, 10)))).isEmpty();
        List<ReviewRow> byScore = As.user("manager", () -> review.review(new ReviewFilter(SEED_004, Set.of(), null),
                PageRequest.of(0, 10, Sort.by(Sort.Order.desc("scoreAvg")))));
        assertThat(byScore).extracting(ReviewRow::id).containsExactly(anita.id(), jordan.id());
        assertThat(byScore.get(1).score()).isNull();
    }

    @Test
    void hrs_recent_activity_leaves_out_the_requisition_hr_is_a_candidate_on() {
        MyApplication jordan = As.user("caregiver", () -> applications.apply(SEED_004, ApplicationForms.complete()));
        RequisitionDetails details = As.user("talent", () -> requisitions.details(seed004));
        As.user("talent", () -> requisitions.reassign(seed004, details.version(), details.hiringManager(), "talent",
                "Sam Patel wants to apply"));
        As.user("recruiter", () -> applications.apply(SEED_004, ApplicationForms.complete()));

        List<AuditEvent> samReads = As.user("recruiter", () -> auditLog.recent(PageRequest.of(0, 200)));
        List<AuditEvent> danaReads = As.user("talent", () -> auditLog.recent(PageRequest.of(0, 200)));

        assertThat(danaReads).anyMatch(event -> event.entityType().equals("JobApplication")
                && event.entityId().equals(String.valueOf(jordan.id())));
        assertThat(samReads).noneMatch(event -> event.entityType().equals("JobApplication")
                && event.entityId().equals(String.valueOf(jordan.id())));
        assertThat(samReads).isNotEmpty();
        assertThat(As.user("admin", () -> auditLog.recent(PageRequest.of(0, 200))))
                .noneMatch(event -> event.entityType().equals("JobApplication"));
    }

    private long version(long applicationId) {
        return As.user("recruiter", () -> review.detail(applicationId)).version();
    }

    private static ScorecardEntry entry(int rating) {
        return new ScorecardEntry(IntStream.range(0, SEED_004_COMPETENCIES.size())
                .mapToObj(i -> new CriterionRating(SEED_004_COMPETENCIES.get(i), rating, null)).toList(),
                rating > 3 ? Recommendation.YES : Recommendation.NO);
    }
}
