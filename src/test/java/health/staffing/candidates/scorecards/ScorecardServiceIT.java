package health.staffing.candidates.scorecards;

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
import health.staffing.candidates.BoardCertification;
import health.staffing.candidates.DocumentKind;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.StageChange;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.candidates.StateLicense;
import health.staffing.candidates.review.BlindPassService;
import health.staffing.candidates.review.BlindReview;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.Recommendation;
import health.staffing.candidates.review.ReviewFilter;
import health.staffing.candidates.review.ReviewRow;
import health.staffing.candidates.review.ScoreSummary;
import health.staffing.notifications.NotificationItem;
import health.staffing.notifications.NotificationService;
import health.staffing.orgchart.SeatRequisitions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers and scorecards on seed 004's posting (its competencies are the criteria): assignment
 * and the reviewer's row rule, independent scoring, the blind first pass and the grid's score.
 * Every test rolls back.
 */
@DatabaseTest
@Transactional
class ScorecardServiceIT {

    private static final List<String> SEED_004_COMPETENCIES = List.of("Integrity and Trust", "Customer Focus",
            "Functional/Technical skills", "Written/Oral Communication");

    @Autowired
    ScorecardService scorecards;

    @Autowired
    ReviewerAssignmentService assignments;

    @Autowired
    BlindPassService blindPass;
    @Autowired
    CandidateReviewService review;
    @Autowired
    StageService stages;
    @Autowired
    ApplicationService applications;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    NotificationService notifications;
    @Autowired
    AuditLog auditLog;

    private String um;
    private MyApplication jordan;
    private MyApplication anita;

    @BeforeEach
    void two_caregivers_apply_to_seed_004() {
        um = DemoSeed.UTILIZATION_MANAGEMENT_SENIOR_DIRECTOR.reference(seats);
        jordan = As.user("caregiver", () -> applications.apply(um, ApplicationForms.complete()));
        anita = As.user("pophealth", () -> applications.apply(um, ApplicationForms.complete()));
    }

    private static ScorecardEntry entry(Recommendation recommendation, Integer... ratings) {
        return new ScorecardEntry(java.util.stream.IntStream.range(0, ratings.length)
                .mapToObj(i -> new CriterionRating(SEED_004_COMPETENCIES.get(i), ratings[i], "notes " + i)).toList(),
                recommendation);
    }

    private ReviewScorecard submitAs(String reviewer, long applicationId, Recommendation recommendation,
            Integer... ratings) {
        return As.user(reviewer, () -> scorecards.submit(applicationId,
                scorecards.reviewerPage(applicationId).mine().version(), entry(recommendation, ratings)));
    }

    private List<MyReview> reviewsOf(String reviewer) {
        return As.user(reviewer, () -> scorecards.myReviews(PageRequest.of(0, 50))).stream()
                .filter(r -> r.reference().equals(um)).toList();
    }

    @Test
    void a_reviewer_sees_only_the_applications_assigned_to_them() {
        int assigned = As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "reviewer"));

        assertThat(assigned).isOne();
        assertThat(reviewsOf("reviewer")).extracting(MyReview::applicationId).containsExactly(jordan.id());
        assertThat(reviewsOf("reviewer").getFirst().candidateName()).isEqualTo("Jordan Ellis, MD");
        ReviewerPage page = As.user("reviewer", () -> scorecards.reviewerPage(jordan.id()));
        assertThat(page.criteria()).containsExactlyElementsOf(SEED_004_COMPETENCIES);
        assertThat(page.candidate().candidateName()).isEqualTo("Jordan Ellis, MD");
        assertThat(page.candidate().licenses()).extracting(StateLicense::number).containsExactly("123456");
        assertThat(page.mine().submitted()).isFalse();

        // Not assigned, or not there at all: the same answer.
        assertThatThrownBy(() -> As.user("reviewer", () -> scorecards.reviewerPage(anita.id())))
                .isInstanceOf(DomainException.class).hasMessage("There is no application " + anita.id() + ".");
        assertThatThrownBy(() -> As.user("finance", () -> scorecards.reviewerPage(jordan.id())))
                .hasMessage("There is no application " + jordan.id() + ".");
        assertThatThrownBy(() -> As.user("reviewer", () -> scorecards.reviewerPage(Long.MAX_VALUE)))
                .hasMessage("There is no application " + Long.MAX_VALUE + ".");
        assertThatThrownBy(() -> As.user("reviewer", () -> scorecards.submittedScorecards(anita.id())))
                .hasMessage("There is no application " + anita.id() + ".");
        // A reviewer is not the hiring team: the grid stays closed to them.
        assertThatThrownBy(() -> As.user("reviewer", () -> review.count(ReviewFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_hiring_manager_assigns_several_at_once_the_reviewer_is_notified_and_it_is_audited() {
        int assigned = As.user("manager", () -> assignments.assign(List.of(jordan.id(), anita.id()), "reviewer"));
        int again = As.user("manager", () -> assignments.assign(List.of(jordan.id()), "reviewer"));

        assertThat(assigned).isEqualTo(2);
        assertThat(again).isZero();
        assertThat(reviewsOf("reviewer")).hasSize(2);
        List<NotificationItem> inbox = As.user("reviewer", () -> notifications.recent(10));
        assertThat(inbox).extracting(NotificationItem::subject).contains("Please review 2 candidates");
        assertThat(As.user("recruiter", () -> auditLog.historyOf(ApplicationService.AUDIT_TYPE, jordan.id(), PageRequest.of(0, 20))))
                .extracting(AuditEvent::action).contains("REVIEWER_ASSIGNED");
        assertThat(As.user("manager", () -> assignments.reviewers(jordan.id())))
                .extracting(ReviewerAssignment::reviewer, ReviewerAssignment::reviewerName, ReviewerAssignment::submitted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reviewer", "Priya Raman", false));
    }

    @Test
    void only_the_hiring_team_assigns_and_never_the_applicant_to_their_own_application() {
        assertThatThrownBy(() -> As.user("someone", new String[] {"HIRING_MANAGER"},
                () -> assignments.assign(List.of(jordan.id()), "reviewer")))
                .hasMessage("There is no application " + jordan.id() + ".");
        assertThatThrownBy(() -> As.user("reviewer", () -> assignments.assign(List.of(jordan.id()), "reviewer")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "caregiver")))
                .hasMessageContaining("cannot review their own application");
        assertThatThrownBy(() -> As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "nobody")))
                .hasMessageContaining("There is no active account \"nobody\"");
    }

    @Test
    void a_reviewer_is_unassigned_until_they_have_submitted() {
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id(), anita.id()), "reviewer"));
        submitAs("reviewer", anita.id(), Recommendation.YES, 4, 4, 3, 5);

        As.user("recruiter", () -> assignments.unassign(jordan.id(), "reviewer"));

        assertThat(reviewsOf("reviewer")).extracting(MyReview::applicationId).containsExactly(anita.id());
        assertThatThrownBy(() -> As.user("recruiter", () -> assignments.unassign(anita.id(), "reviewer")))
                .hasMessageContaining("has submitted their scorecard");
        assertThat(As.user("recruiter", () -> auditLog.historyOf(ApplicationService.AUDIT_TYPE, jordan.id(), PageRequest.of(0, 20))))
                .extracting(AuditEvent::action).contains("REVIEWER_UNASSIGNED");
    }

    @Test
    void a_draft_keeps_what_was_typed_and_submitting_names_every_missing_rating() {
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "reviewer"));
        long version = As.user("reviewer", () -> scorecards.reviewerPage(jordan.id())).mine().version();

        ReviewScorecard draft = As.user("reviewer", () -> scorecards.saveDraft(jordan.id(), version,
                entry(null, 4, null, 2)));
        assertThatThrownBy(() -> As.user("reviewer", () -> scorecards.submit(jordan.id(), draft.version(),
                entry(null, 4, null, 2))))
                .isInstanceOfSatisfying(IncompleteScorecardException.class, incomplete -> assertThat(
                        incomplete.problems()).containsOnlyKeys("Customer Focus", "Written/Oral Communication",
                        IncompleteScorecardException.RECOMMENDATION));

        ReviewScorecard reread = As.user("reviewer", () -> scorecards.reviewerPage(jordan.id())).mine();
        assertThat(reread.ratings()).extracting(CriterionRating::rating).containsExactly(4, null, 2, null);
        assertThat(reread.ratings().getFirst().notes()).isEqualTo("notes 0");
        assertThatThrownBy(() -> As.user("reviewer", () -> scorecards.saveDraft(jordan.id(), version,
                entry(null, 1)))).hasMessageContaining("changed in the meantime");
    }

    @Test
    void an_assigned_reviewer_sees_no_other_scores_until_their_own_is_submitted() {
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "reviewer"));
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "cmo"));
        submitAs("cmo", jordan.id(), Recommendation.STRONG_YES, 5, 5, 4, 4);

        assertThat(As.user("reviewer", () -> scorecards.reviewerPage(jordan.id())).others()).isEmpty();
        assertThat(As.user("reviewer", () -> scorecards.maySeeScores(jordan.id()))).isFalse();
        assertThatThrownBy(() -> As.user("reviewer", () -> scorecards.submittedScorecards(jordan.id())))
                .hasMessageContaining("Submit your own scorecard first");
        assertThatThrownBy(() -> As.user("reviewer", () -> scorecards.summary(jordan.id())))
                .hasMessageContaining("Submit your own scorecard first");

        submitAs("reviewer", jordan.id(), Recommendation.NO, 2, 3, 3, 2);

        ReviewerPage after = As.user("reviewer", () -> scorecards.reviewerPage(jordan.id()));
        assertThat(after.mine().submitted()).isTrue();
        assertThat(after.others()).extracting(ReviewScorecard::reviewer, ReviewScorecard::recommendation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cmo", Recommendation.STRONG_YES));
        ScoreSummary summary = As.user("reviewer", () -> scorecards.summary(jordan.id()));
        assertThat(summary.submitted()).isEqualTo(2);
        assertThat(summary.average()).isEqualByComparingTo("3.50");
        assertThat(summary.criteria()).extracting(ScoreSummary.CriterionScore::criterion)
                .containsExactlyElementsOf(SEED_004_COMPETENCIES);
        assertThat(summary.criteria().getFirst().average()).isEqualByComparingTo("3.50");
        assertThat(summary.recommendations()).extracting(ScoreSummary.ReviewerRecommendation::recommendation)
                .containsExactlyInAnyOrder(Recommendation.STRONG_YES, Recommendation.NO);
    }

    @Test
    void hr_and_a_hiring_manager_who_is_not_reviewing_see_every_submitted_scorecard_but_no_drafts() {
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "reviewer"));
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "cmo"));
        submitAs("cmo", jordan.id(), Recommendation.YES, 4, 4, 4, 3);
        As.user("reviewer", () -> scorecards.saveDraft(jordan.id(),
                scorecards.reviewerPage(jordan.id()).mine().version(), entry(null, 1, 1)));

        assertThat(As.user("recruiter", () -> scorecards.submittedScorecards(jordan.id())))
                .extracting(ReviewScorecard::reviewer).containsExactly("cmo");
        assertThat(As.user("manager", () -> scorecards.summary(jordan.id())).submitted()).isOne();
        assertThatThrownBy(() -> As.user("someone", new String[] {"HIRING_MANAGER"},
                () -> scorecards.summary(jordan.id()))).hasMessage("There is no application " + jordan.id() + ".");
    }

    @Test
    void submitted_scores_reach_the_grid_sorted_and_filtered_by_at_least_a_score() {
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id(), anita.id()), "reviewer"));
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "cmo"));
        submitAs("reviewer", jordan.id(), Recommendation.YES, 4, 4, 4, 4);
        submitAs("cmo", jordan.id(), Recommendation.YES, 3, 3, 3, 4);
        submitAs("reviewer", anita.id(), Recommendation.NO, 2, 3, 2, 3);

        MyApplication unscored = As.user("finance", () -> applications.apply(um, ApplicationForms.complete()));

        List<ReviewRow> rows = As.user("recruiter", () -> review.review(new ReviewFilter(um, Set.of(), null),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "scoreAvg"))));
        assertThat(rows).extracting(ReviewRow::id).containsExactly(jordan.id(), anita.id(), unscored.id());
        assertThat(As.user("recruiter", () -> review.review(new ReviewFilter(um, Set.of(), null),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.ASC, "scoreAvg"))))).extracting(ReviewRow::id)
                .containsExactly(anita.id(), jordan.id(), unscored.id());
        assertThat(rows.getFirst().score()).isEqualByComparingTo("3.63");
        assertThat(rows.getFirst().scorecards()).isEqualTo(2);
        assertThat(rows.get(1).score()).isEqualByComparingTo("2.50");

        ReviewFilter atLeast3 = new ReviewFilter(um, Set.of(), null).withMinScore(new BigDecimal("3.5"));
        assertThat(As.user("recruiter", () -> review.review(atLeast3, PageRequest.of(0, 50))))
                .extracting(ReviewRow::id).containsExactly(jordan.id());
        assertThat(As.user("recruiter", () -> review.count(atLeast3))).isOne();
        assertThat(As.user("recruiter", () -> review.count(atLeast3.withMinScore(new BigDecimal("4"))))).isZero();
    }

    @Test
    void a_hiring_manager_with_an_open_scorecard_of_their_own_sees_no_score_in_the_grid() {
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "cmo"));
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "manager"));
        submitAs("cmo", jordan.id(), Recommendation.YES, 4, 4, 4, 4);

        ReviewRow row = As.user("manager", () -> review.review(new ReviewFilter(um, Set.of(), null),
                PageRequest.of(0, 50))).stream().filter(r -> r.id() == jordan.id()).findFirst().orElseThrow();
        assertThat(row.score()).isNull();
        assertThat(row.scorecards()).isZero();
    }

    @Test
    void the_blind_first_pass_hides_who_the_candidate_is_until_screening() {
        As.user("recruiter", () -> blindPass.setBlindFirstPass(requisitionOf(jordan), true));
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "reviewer"));
        String alias = BlindReview.alias(jordan.id());

        ReviewRow row = As.user("recruiter", () -> review.review(new ReviewFilter(um, Set.of(), null),
                PageRequest.of(0, 50))).stream().filter(r -> r.id() == jordan.id()).findFirst().orElseThrow();
        assertThat(row.candidateName()).isEqualTo(alias);
        assertThat(row.blind()).isTrue();

        ApplicationDetail detail = As.user("manager", () -> review.detail(jordan.id()));
        assertThat(detail.candidateName()).isEqualTo(alias);
        assertThat(detail.email()).isNull();
        assertThat(detail.employeeId()).isNull();
        assertThat(detail.currentPosition()).isEqualTo(BlindReview.HIDDEN);
        assertThat(detail.npi()).isEqualTo(BlindReview.HIDDEN);
        assertThat(detail.boardCertifications()).extracting(BoardCertification::expiresOn).containsOnlyNulls();
        assertThat(detail.licenses()).extracting(StateLicense::expiresOn).containsOnlyNulls();
        assertThat(detail.licenses()).extracting(StateLicense::number).containsOnly(BlindReview.HIDDEN_NUMBER);
        assertThat(detail.documents()).extracting(ApplicationDetail.DocumentInfo::filename)
                .doesNotContain("cv.pdf", "letter.docx").allMatch(name -> name.equals(DocumentKind.CV.label() + ".pdf")
                        || name.equals(DocumentKind.COVER_LETTER.label() + ".docx"));

        assertThat(detail.history()).extracting(StageChange::by).containsExactly("the candidate");

        ReviewerPage page = As.user("reviewer", () -> scorecards.reviewerPage(jordan.id()));
        assertThat(page.candidate().candidateName()).isEqualTo(alias);
        assertThat(page.candidate().blind()).isTrue();
        assertThat(page.candidate().currentPosition()).isNull();
        assertThat(page.candidate().licenses()).extracting(StateLicense::expiresOn).containsOnlyNulls();
        assertThat(reviewsOf("reviewer")).extracting(MyReview::candidateName).containsExactly(alias);

        // The first screening decision lifts the blind.
        As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan.id(),
                review.detail(jordan.id()).version())), ApplicationStage.SCREENING, null));
        assertThat(As.user("manager", () -> review.detail(jordan.id())).candidateName()).isEqualTo("Jordan Ellis, MD");
        assertThat(reviewsOf("reviewer")).extracting(MyReview::candidateName).containsExactly("Jordan Ellis, MD");
        assertThat(As.user("reviewer", () -> scorecards.reviewerPage(jordan.id())).candidate().licenses())
                .extracting(StateLicense::number).containsExactly("123456");
        // Anita is still new: still blind.
        assertThat(As.user("recruiter", () -> review.detail(anita.id())).candidateName())
                .isEqualTo(BlindReview.alias(anita.id()));
    }

    @Test
    void only_hr_turns_the_blind_first_pass_on_and_it_is_audited() {
        long requisitionId = requisitionOf(jordan);
        assertThatThrownBy(() -> As.user("manager", () -> blindPass.setBlindFirstPass(requisitionId, true)))
                .isInstanceOf(AccessDeniedException.class);

        As.user("recruiter", () -> blindPass.setBlindFirstPass(requisitionId, true));

        assertThat(As.user("manager", () -> blindPass.blindFirstPass(requisitionId))).isTrue();
        assertThat(As.user("recruiter", () -> auditLog.historyOf(BlindReview.AUDIT_TYPE, requisitionId, PageRequest.of(0, 5))))
                .extracting(AuditEvent::action).containsExactly("BLIND_FIRST_PASS_ON");
    }

    private long requisitionOf(MyApplication application) {
        return As.user("recruiter", () -> review.detail(application.id())).requisitionId();
    }
}
