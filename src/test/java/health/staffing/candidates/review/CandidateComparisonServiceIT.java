package health.staffing.candidates.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.ApplicationForm;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.BoardCertification;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.candidates.StateLicense;
import health.staffing.candidates.scorecards.CriterionRating;
import health.staffing.candidates.scorecards.ReviewerAssignmentService;
import health.staffing.candidates.scorecards.ScorecardEntry;
import health.staffing.candidates.scorecards.ScorecardService;
import health.staffing.candidates.screening.CriterionOutcome;
import health.staffing.candidates.screening.CriterionResult;
import health.staffing.candidates.screening.ScreeningResult;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.requisitions.Degree;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The side-by-side comparison on seed 004's posting (MD or DO, board certification, NY licence,
 * 3 / 3 / 5 years; its competencies are the scorecard criteria): the 2–4 rule, one requisition, the
 * row rule, the blind first pass and independent scoring. Every test rolls back.
 */
@DatabaseTest
@Transactional
class CandidateComparisonServiceIT {

    private static final List<String> SEED_004_COMPETENCIES = List.of("Integrity and Trust", "Customer Focus",
            "Functional/Technical skills", "Written/Oral Communication");
    private static final List<String> SEED_004_SCREENING = List.of("Degree: MD or DO", "Board certification",
            "NY medical licence", "At least 3 years clinical practice after residency",
            "At least 3 years physician leadership", "At least 5 years managed care");

    @Autowired
    CandidateComparisonService comparison;
    @Autowired
    ScorecardService scorecards;

    @Autowired
    ReviewerAssignmentService assignments;

    @Autowired
    BlindPassService blindPass;
    @Autowired
    ScreeningService screening;
    @Autowired
    CandidateReviewService review;
    @Autowired
    StageService stages;
    @Autowired
    ApplicationService applications;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    Clock clock;

    private LocalDate today;
    private MyApplication jordan;
    private MyApplication anita;
    private MyApplication priya;

    @BeforeEach
    void three_caregivers_apply_to_seed_004() {
        today = LocalDate.now(clock);
        // Jordan meets everything; Anita's NY licence is inactive; Priya's certification lapses in 30 days.
        jordan = apply("caregiver", ApplicationForms.withCv().degrees(Degree.MD, Degree.MBA)
                .certification("Internal Medicine", "ABIM", today.plusYears(3))
                .licence("NY", "123456", "Active", today.plusYears(2)).years(8, 4, 6).build());
        anita = apply("pophealth", ApplicationForms.withCv().degrees(Degree.DO)
                .certification("Family Medicine", "ABFM", today.plusYears(3))
                .licence("NY", "654321", "Inactive", today.plusYears(2))
                .licence("MA", "198230", "Active", today.plusYears(1)).years(14, 7, 6).build());
        priya = apply("reviewer", ApplicationForms.withCv().degrees(Degree.MD)
                .certification("Pediatrics", "ABP", today.plusDays(30))
                .licence("NY", "777777", "Active", today.plusYears(2)).years(5, 3, 5).build());
    }

    private MyApplication apply(String user, ApplicationForm form) {
        return As.user(user, () -> applications.apply("102619", form));
    }

    private CandidateComparison compareAs(String user, Long... ids) {
        return As.user(user, () -> comparison.compare(List.of(ids)));
    }

    private static ScorecardEntry entry(Recommendation recommendation, Integer... ratings) {
        return new ScorecardEntry(java.util.stream.IntStream.range(0, ratings.length)
                .mapToObj(i -> new CriterionRating(SEED_004_COMPETENCIES.get(i), ratings[i], null)).toList(),
                recommendation);
    }

    private void submitAs(String reviewer, long applicationId, Recommendation recommendation, Integer... ratings) {
        As.user(reviewer, () -> scorecards.submit(applicationId,
                scorecards.reviewerPage(applicationId).mine().version(), entry(recommendation, ratings)));
    }

    @Test
    void hr_compares_credentials_and_screening_criteria_in_the_order_asked_for() {
        CandidateComparison result = compareAs("recruiter", anita.id(), jordan.id(), priya.id());

        assertThat(result.reference()).isEqualTo("102619");
        assertThat(result.title()).isEqualTo("Senior Director of Medical Directors");
        assertThat(result.screened()).isTrue();
        assertThat(result.screeningCriteria()).containsExactlyElementsOf(SEED_004_SCREENING);
        assertThat(result.scoreCriteria()).containsExactlyElementsOf(SEED_004_COMPETENCIES);
        assertThat(result.candidates()).extracting(CandidateComparison.ComparedCandidate::applicationId)
                .containsExactly(anita.id(), jordan.id(), priya.id());
        assertThat(result.candidates()).extracting(CandidateComparison.ComparedCandidate::match)
                .containsExactly(CriterionOutcome.NOT_MET, CriterionOutcome.MET, CriterionOutcome.EXPIRING);

        CandidateComparison.ComparedCandidate a = result.candidates().getFirst();
        assertThat(a.name()).isEqualTo(As.user("recruiter", () -> review.detail(anita.id())).candidateName());
        assertThat(a.blind()).isFalse();
        assertThat(a.internal()).isTrue();
        assertThat(a.stage()).isEqualTo(ApplicationStage.APPLIED);
        assertThat(a.degrees()).containsExactly(Degree.DO);
        assertThat(a.licenses()).extracting(StateLicense::state, StateLicense::status)
                .containsExactly(tuple("NY", "Inactive"), tuple("MA", "Active"));
        assertThat(a.clinicalYears()).isEqualTo(14);
        assertThat(a.criterion("NY medical licence").orElseThrow().outcome()).isEqualTo(CriterionOutcome.NOT_MET);
        assertThat(a.criterion("NY medical licence").orElseThrow().detail()).contains("inactive");
        assertThat(a.criterion("Degree: MD or DO").orElseThrow().outcome()).isEqualTo(CriterionOutcome.MET);
        CandidateComparison.ComparedCandidate p = result.candidates().get(2);
        assertThat(p.criterion("Board certification").orElseThrow().outcome()).isEqualTo(CriterionOutcome.EXPIRING);
        assertThat(p.boardCertifications()).extracting(BoardCertification::expiresOn)
                .containsExactly(today.plusDays(30));

        // Nobody has scored yet: nothing hidden, nothing to show, no best score.
        assertThat(result.candidates()).allSatisfy(c -> {
            assertThat(c.scoresHidden()).isFalse();
            assertThat(c.scores().submitted()).isZero();
            assertThat(c.bestScore()).isFalse();
            assertThat(c.recommendationTally()).isEmpty();
        });
    }

    @Test
    void scores_per_criterion_recommendations_and_the_best_mean_are_compared() {
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id(), anita.id()), "cmo"));
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id(), anita.id()), "finance"));
        submitAs("cmo", jordan.id(), Recommendation.STRONG_YES, 5, 5, 4, 4);
        submitAs("finance", jordan.id(), Recommendation.STRONG_YES, 4, 5, 4, 5);
        submitAs("cmo", anita.id(), Recommendation.YES, 3, 4, 4, 3);
        submitAs("finance", anita.id(), Recommendation.NO, 2, 3, 3, 2);

        CandidateComparison result = compareAs("manager", jordan.id(), anita.id(), priya.id());

        CandidateComparison.ComparedCandidate j = result.candidates().getFirst();
        CandidateComparison.ComparedCandidate a = result.candidates().get(1);
        assertThat(j.scores().submitted()).isEqualTo(2);
        assertThat(j.scores().average()).isEqualByComparingTo("4.50");
        assertThat(j.criterionMean("Integrity and Trust")).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("4.50"));
        assertThat(j.criterionMean("Customer Focus")).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("5.00"));
        assertThat(j.recommendationTally()).isEqualTo("2 × Strong yes");
        assertThat(a.scores().average()).isEqualByComparingTo("3.00");
        assertThat(a.recommendationTally()).isEqualTo("1 × Yes, 1 × No");
        assertThat(result.candidates()).extracting(CandidateComparison.ComparedCandidate::bestScore)
                .containsExactly(true, false, false);
        assertThat(result.candidates().get(2).scores().submitted()).isZero();
        assertThat(result.candidates().get(2).criterionMean("Customer Focus")).isEmpty();
    }

    @Test
    void two_to_four_distinct_applications_and_nothing_else() {
        MyApplication fifth = apply("finance", ApplicationForms.complete());
        MyApplication sixth = apply("cmo", ApplicationForms.complete());

        assertThatThrownBy(() -> compareAs("recruiter", jordan.id())).isInstanceOf(DomainException.class)
                .hasMessage("Choose two to four applications to compare; only one was chosen.");
        assertThatThrownBy(() -> compareAs("recruiter", jordan.id(), jordan.id()))
                .hasMessage("Choose two to four applications to compare; only one was chosen.");
        assertThatThrownBy(() -> compareAs("recruiter")).hasMessageContaining("none was chosen");
        assertThatThrownBy(() -> compareAs("recruiter", jordan.id(), anita.id(), priya.id(), fifth.id(), sixth.id()))
                .hasMessage("Compare at most four applications at a time; 5 were chosen.");
        assertThat(compareAs("recruiter", jordan.id(), anita.id(), priya.id(), fifth.id(), jordan.id()).candidates())
                .hasSize(4);
    }

    @Test
    void candidates_of_different_requisitions_are_not_compared() {
        String seed002 = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        MyApplication elsewhere = As.user("finance", () -> applications.apply(seed002, ApplicationForms.complete()));

        assertThatThrownBy(() -> compareAs("recruiter", jordan.id(), elsewhere.id(), anita.id()))
                .isInstanceOf(DomainException.class)
                .hasMessage("Compare candidates of one requisition at a time; these applications are to "
                        + List.of("102619", seed002).stream().sorted().toList().get(0) + " and "
                        + List.of("102619", seed002).stream().sorted().toList().get(1) + ".");
    }

    @Test
    void one_application_the_caller_may_not_see_refuses_the_whole_comparison_like_a_missing_one() {
        assertThatThrownBy(() -> As.user("someone", new String[] {"HIRING_MANAGER"},
                () -> comparison.compare(List.of(jordan.id(), anita.id()))))
                .isInstanceOf(DomainException.class).hasMessage("There is no application " + jordan.id() + ".");
        assertThatThrownBy(() -> compareAs("recruiter", jordan.id(), Long.MAX_VALUE))
                .hasMessage("There is no application " + Long.MAX_VALUE + ".");
        assertThatThrownBy(() -> As.user("caregiver", () -> comparison.compare(List.of(jordan.id(), anita.id()))))
                .isInstanceOf(AccessDeniedException.class);
        // An assigned reviewer is not the hiring team.
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id(), anita.id()), "finance"));
        assertThatThrownBy(() -> As.user("finance", () -> comparison.compare(List.of(jordan.id(), anita.id()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_blind_first_pass_masks_each_new_candidate_as_the_detail_does_but_screens_the_real_credentials() {
        long requisitionId = As.user("recruiter", () -> review.detail(jordan.id())).requisitionId();
        As.user("recruiter", () -> blindPass.setBlindFirstPass(requisitionId, true));
        // Jordan is past the first screening decision: no longer blind.
        As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan.id(),
                review.detail(jordan.id()).version())), ApplicationStage.SCREENING, null));
        MyApplication lapsed = apply("finance", ApplicationForms.withCv().degrees(Degree.MD)
                .certification("Surgery", "ABS", today.minusDays(1))
                .licence("NY", "111111", "Active", today.plusYears(1)).npi("1234567893").years(8, 4, 6).build());

        CandidateComparison result = compareAs("manager", jordan.id(), anita.id(), lapsed.id());

        CandidateComparison.ComparedCandidate j = result.candidates().getFirst();
        CandidateComparison.ComparedCandidate a = result.candidates().get(1);
        CandidateComparison.ComparedCandidate l = result.candidates().get(2);
        assertThat(j.blind()).isFalse();
        assertThat(j.name()).isEqualTo("Jordan Ellis, MD");
        assertThat(j.licenses()).extracting(StateLicense::expiresOn).containsExactly(today.plusYears(2));
        assertThat(j.criterion("NY medical licence").orElseThrow().detail()).contains("123456");

        ApplicationDetail anitasDetail = As.user("manager", () -> review.detail(anita.id()));
        assertThat(a.blind()).isTrue();
        assertThat(a.name()).isEqualTo(BlindReview.alias(anita.id())).isEqualTo(anitasDetail.candidateName());
        assertThat(a.currentPosition()).isEqualTo(BlindReview.HIDDEN).isEqualTo(anitasDetail.currentPosition());
        assertThat(a.licenses()).isEqualTo(anitasDetail.licenses());
        assertThat(a.licenses()).extracting(StateLicense::state, StateLicense::status, StateLicense::expiresOn)
                .containsExactly(tuple("NY", "Inactive", null), tuple("MA", "Active", null));
        assertThat(a.boardCertifications()).extracting(BoardCertification::expiresOn).containsOnlyNulls();
        assertThat(a.screening()).extracting(CriterionResult::detail).containsOnly(BlindReview.HIDDEN);
        assertThat(a.screening()).extracting(CriterionResult::expiresOn).containsOnlyNulls();

        // The lapsed certification is not met although its date is hidden.
        assertThat(l.blind()).isTrue();
        assertThat(l.boardCertifications()).extracting(BoardCertification::expiresOn).containsOnlyNulls();
        assertThat(l.criterion("Board certification").orElseThrow().outcome()).isEqualTo(CriterionOutcome.NOT_MET);
        assertThat(l.match()).isEqualTo(CriterionOutcome.NOT_MET);
        // The application's Screening tab agrees.
        ScreeningResult tab = As.user("manager", () -> screening.screening(lapsed.id())).orElseThrow();
        assertThat(tab.criteria()).filteredOn(c -> c.label().equals("Board certification"))
                .extracting(CriterionResult::outcome, CriterionResult::detail)
                .containsExactly(tuple(CriterionOutcome.NOT_MET, BlindReview.HIDDEN));
        assertThat(tab.overall()).isEqualTo(CriterionOutcome.NOT_MET);
        assertThat(tab.credentialsExpireOn()).isNull();
    }

    @Test
    void an_assigned_reviewer_on_the_hiring_team_sees_no_scores_of_a_candidate_they_have_not_scored_yet() {
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id(), anita.id()), "cmo"));
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id()), "manager"));
        submitAs("cmo", jordan.id(), Recommendation.STRONG_YES, 5, 5, 5, 5);
        submitAs("cmo", anita.id(), Recommendation.YES, 3, 3, 3, 3);

        CandidateComparison before = compareAs("manager", jordan.id(), anita.id());

        CandidateComparison.ComparedCandidate j = before.candidates().getFirst();
        assertThat(j.scoresHidden()).isTrue();
        assertThat(j.scores()).isNull();
        assertThat(j.criterionMean("Customer Focus")).isEmpty();
        assertThat(j.recommendationTally()).isEmpty();
        assertThat(j.bestScore()).isFalse();
        // Anita's scores are visible, and hers is the best the manager may see.
        assertThat(before.candidates().get(1).scoresHidden()).isFalse();
        assertThat(before.candidates().get(1).scores().average()).isEqualByComparingTo("3.00");
        assertThat(before.candidates().get(1).bestScore()).isTrue();
        // HR, not a reviewer, sees both.
        assertThat(compareAs("recruiter", jordan.id(), anita.id()).candidates())
                .extracting(CandidateComparison.ComparedCandidate::bestScore).containsExactly(true, false);

        submitAs("manager", jordan.id(), Recommendation.YES, 4, 4, 4, 4);

        CandidateComparison after = compareAs("manager", jordan.id(), anita.id());
        assertThat(after.candidates().getFirst().scoresHidden()).isFalse();
        assertThat(after.candidates().getFirst().scores().submitted()).isEqualTo(2);
        assertThat(after.candidates().getFirst().recommendationTally()).isEqualTo("1 × Strong yes, 1 × Yes");
        assertThat(after.candidates()).extracting(CandidateComparison.ComparedCandidate::bestScore)
                .containsExactly(true, false);
    }
}
