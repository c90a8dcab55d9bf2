package health.staffing.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.ApplicationTallies;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.candidates.offers.MyOffer;
import health.staffing.candidates.offers.OfferDetail;
import health.staffing.candidates.offers.OfferExceptionService;
import health.staffing.candidates.offers.OfferService;
import health.staffing.candidates.offers.OfferTerms;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.ReviewFilter;
import health.staffing.candidates.review.ReviewNarrowing;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.requisitions.RequisitionFilter;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.security.UserAccountService;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures against the records behind them: every count equals what the grid it drills
 * down to counts with the same filter and row rules, a stage move or an accepted offer shows at once
 * (the figures are computed from the rows, nothing is cached), and each role sees its share only.
 * Runs on H2 and PostgreSQL; every test rolls back.
 */
@DatabaseTest
@Transactional
class DashboardServiceIT {

    private static final Set<RequisitionStatus> NOT_FINAL = EnumSet.of(RequisitionStatus.DRAFT,
            RequisitionStatus.PENDING_APPROVAL, RequisitionStatus.CHANGES_REQUESTED, RequisitionStatus.APPROVED,
            RequisitionStatus.POSTED, RequisitionStatus.ON_HOLD);

    @Autowired
    DashboardService dashboard;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    CandidateReviewService review;
    @Autowired
    ApplicationService applications;
    @Autowired
    StageService stages;
    @Autowired
    OfferService offers;
    @Autowired
    OfferExceptionService exceptions;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    UserAccountService accounts;
    @Autowired
    ApplicationTallies tallies;

    private DashboardFilter lastYear;
    private String quality;

    @BeforeEach
    void the_last_twelve_months() {
        lastYear = DashboardFilter.lastYear(LocalDate.now(clock));
        quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
    }

    @Test
    void open_requisitions_count_what_the_requisition_grid_counts_per_status_entity_and_cost() {
        OpenRequisitions open = As.user("recruiter", () -> dashboard.openRequisitions(lastYear));

        assertThat(open.count()).isPositive().isEqualTo(As.user("recruiter",
                () -> requisitions.count(RequisitionFilter.none().withStatuses(NOT_FINAL))));
        for (Tally status : open.byStatus()) {
            assertThat(status.count()).as(status.label()).isEqualTo(As.user("recruiter",
                    () -> requisitions.count(RequisitionFilter.inStatus(RequisitionStatus.valueOf(status.key())))));
        }
        for (Tally entity : open.byEntity()) {
            assertThat(entity.count()).as(entity.label()).isEqualTo(As.user("recruiter", () -> requisitions.count(
                    RequisitionFilter.none().withStatuses(NOT_FINAL).withOrganisation(entity.key()))));
        }
        assertThat(open.byAge().stream().mapToLong(Tally::count).sum()).isEqualTo(open.count());
        // The category narrows as the requisition grid's Category filter does (contained, any case).
        long physician = As.user("recruiter", () -> dashboard.openRequisitions(lastYear.withCategory("physician")))
                .count();
        assertThat(physician).isPositive().isLessThan(open.count()).isEqualTo(As.user("recruiter",
                () -> requisitions.count(RequisitionFilter.none().withStatuses(NOT_FINAL).withCategory("physician"))));
        BigDecimal costMax = jdbc.sql("select coalesce(sum(salary_max * fte * openings), 0) from requisition"
                + " where status in ('DRAFT', 'PENDING_APPROVAL', 'CHANGES_REQUESTED', 'APPROVED', 'POSTED', 'ON_HOLD')")
                .query(BigDecimal.class).single();
        assertThat(open.costMax()).isEqualByComparingTo(costMax.setScale(0, java.math.RoundingMode.HALF_UP));
        assertThat(open.byStatus().stream().map(Tally::costMax).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(open.costMax());
    }

    @Test
    void a_hiring_manager_sees_only_the_requisitions_they_requested_or_hire_for() {
        long all = As.user("recruiter", () -> dashboard.openRequisitions(lastYear)).count();
        OpenRequisitions mine = As.user("manager", () -> dashboard.openRequisitions(lastYear));

        assertThat(mine.count()).isPositive().isLessThan(all).isEqualTo(As.user("manager",
                () -> requisitions.count(RequisitionFilter.none().withStatuses(NOT_FINAL))));
        assertThat(As.user("manager", () -> dashboard.sections())).isEqualTo(new DashboardSections(false, true, false));
        assertThatThrownBy(() -> As.user("manager", () -> dashboard.seats(lastYear)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_cmo_office_and_finance_get_requisitions_approvals_and_seats_but_no_candidate_figures() {
        for (String person : List.of("cmo", "finance")) {
            assertThat(As.user(person, () -> dashboard.sections())).isEqualTo(new DashboardSections(true, false, true));
            assertThatThrownBy(() -> As.user(person, () -> dashboard.hiring(lastYear)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(As.user(person, () -> dashboard.openRequisitions(lastYear)).count()).isPositive();
            assertThat(As.user(person, () -> dashboard.seats(lastYear)).vacant()).isPositive();
        }
        assertThatThrownBy(() -> As.user("caregiver", () -> dashboard.openRequisitions(lastYear)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_deputy_cmo_who_also_hires_sees_every_requisition_but_only_the_candidates_he_hires_for() {
        // Quality's candidate, on a requisition Maya Okafor hires for: HR counts it, Daniel Cho does not.
        As.user("caregiver", () -> applications.apply(quality, ApplicationForms.complete()));
        entityManager.flush();

        assertThat(As.user("deputycmo", () -> dashboard.sections())).isEqualTo(new DashboardSections(true, true, true));
        assertThat(As.user("deputycmo", () -> dashboard.openRequisitions(lastYear)).count())
                .isEqualTo(As.user("recruiter", () -> dashboard.openRequisitions(lastYear)).count());
        long his = As.user("deputycmo", () -> dashboard.hiring(lastYear)).funnel().getFirst().reached();
        long hr = As.user("recruiter", () -> dashboard.hiring(lastYear)).funnel().getFirst().reached();
        ReviewNarrowing period = new ReviewNarrowing(null, null, null, lastYear.from(), lastYear.to(), null, false);
        assertThat(his).isLessThan(hr)
                .isEqualTo(As.user("deputycmo", () -> review.count(ReviewFilter.none().narrowedTo(period))));
        assertThat(As.user("deputycmo", () -> dashboard.seats(lastYear)).vacant()).isPositive();
    }

    @Test
    void a_stage_move_shows_in_the_funnel_at_once_and_each_stage_count_is_the_candidate_grids() {
        long jordan = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.complete())).id();
        entityManager.flush();
        FunnelStage appliedBefore = stage(As.user("recruiter", () -> dashboard.hiring(lastYear)), ApplicationStage.APPLIED);
        FunnelStage screeningBefore = stage(As.user("recruiter", () -> dashboard.hiring(lastYear)),
                ApplicationStage.SCREENING);

        As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan, version(jordan))),
                ApplicationStage.SCREENING, null));
        entityManager.flush();
        HiringFigures after = As.user("recruiter", () -> dashboard.hiring(lastYear));

        assertThat(stage(after, ApplicationStage.APPLIED).now()).isEqualTo(appliedBefore.now() - 1);
        assertThat(stage(after, ApplicationStage.APPLIED).reached()).isEqualTo(appliedBefore.reached());
        assertThat(stage(after, ApplicationStage.SCREENING).now()).isEqualTo(screeningBefore.now() + 1);
        assertThat(stage(after, ApplicationStage.SCREENING).reached()).isEqualTo(screeningBefore.reached() + 1);
        assertThat(stage(after, ApplicationStage.APPLIED).averageDaysInStage()).isNotNull();
        // Rejected now, it still counts as having reached screening (its furthest stage).
        As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan, version(jordan))),
                ApplicationStage.REJECTED, "Another finalist fits the quality agenda better"));
        entityManager.flush();
        HiringFigures rejected = As.user("recruiter", () -> dashboard.hiring(lastYear));
        assertThat(stage(rejected, ApplicationStage.SCREENING).reached()).isEqualTo(screeningBefore.reached() + 1);
        assertThat(stage(rejected, ApplicationStage.SCREENING).now()).isEqualTo(screeningBefore.now());

        for (String person : List.of("recruiter", "manager")) {
            assertFunnelAndSourcesMatchTheGrid(person, lastYear);
        }
    }

    /**
     * The tally answers whole months, the rows the ragged ends: a period inside one month, one of whole
     * months and one with both give what the candidate grid counts, also for someone in HR who managed an
     * internal applicant (their application, inside a whole month, is taken out of the tally's count).
     */
    @Test
    void every_kind_of_period_counts_what_the_grid_counts_and_a_managers_hidden_applicant_is_left_out() {
        long jordan = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.complete())).id();
        As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan, version(jordan))),
                ApplicationStage.SCREENING, null));
        entityManager.flush();
        // Talent (HR, not on this requisition's hiring team) managed Jordan when he applied two months ago.
        long talent = As.user("recruiter", () -> accounts.employeeIdOf("talent")).orElseThrow();
        jdbc.sql("update job_application set applicant_manager_employee_id = :talent, submitted_at = :when where id = :id")
                .param("talent", talent).param("when", java.time.OffsetDateTime.now(clock).minusDays(60))
                .param("id", jordan).update();
        tallies.rebuild();
        LocalDate today = LocalDate.now(clock);
        DashboardFilter thisMonth = new DashboardFilter(today.withDayOfMonth(1), today, null, null, null);
        DashboardFilter wholeMonths = new DashboardFilter(today.minusMonths(12).withDayOfMonth(1),
                today.withDayOfMonth(1).minusDays(1), null, null, null);

        for (DashboardFilter period : List.of(lastYear, thisMonth, wholeMonths)) {
            for (String person : List.of("recruiter", "talent", "manager")) {
                assertFunnelAndSourcesMatchTheGrid(person, period);
            }
        }
        long hr = As.user("recruiter", () -> dashboard.hiring(lastYear)).funnel().getFirst().reached();
        assertThat(As.user("talent", () -> dashboard.hiring(lastYear)).funnel().getFirst().reached()).isEqualTo(hr - 1);
    }

    private void assertFunnelAndSourcesMatchTheGrid(String person, DashboardFilter filter) {
        HiringFigures figures = As.user(person, () -> dashboard.hiring(filter));
        ReviewNarrowing period = new ReviewNarrowing(null, null, null, filter.from(), filter.to(), null, false);
        for (FunnelStage stage : figures.funnel()) {
            assertThat(stage.now()).as(person + " now in " + stage.stage()).isEqualTo(As.user(person,
                    () -> review.count(new ReviewFilter(null, Set.of(stage.stage()), null).narrowedTo(period))));
            ReviewNarrowing reached = new ReviewNarrowing(null, null, null, filter.from(), filter.to(), stage.stage(),
                    false);
            assertThat(stage.reached()).as(person + " reached " + stage.stage()).isEqualTo(As.user(person,
                    () -> review.count(ReviewFilter.none().narrowedTo(reached))));
        }
        assertThat(figures.perRequisition()).as(person + " busiest requisitions")
                .isSortedAccordingTo((a, b) -> Long.compare(b.applied(), a.applied()));
        if (figures.funnel().getFirst().reached() > 0) {
            assertThat(figures.perRequisition()).as(person + " busiest requisitions").isNotEmpty();
        } else {
            assertThat(figures.perRequisition()).as(person + " busiest requisitions").isEmpty();
        }
        for (RequisitionFunnel requisition : figures.perRequisition()) {
            assertThat(requisition.applied()).as(person + " applied to " + requisition.reference()).isEqualTo(As.user(
                    person, () -> review.count(new ReviewFilter(requisition.reference(), Set.of(), null)
                            .narrowedTo(period))));
            ReviewNarrowing screened = new ReviewNarrowing(null, null, null, filter.from(), filter.to(),
                    ApplicationStage.SCREENING, false);
            assertThat(requisition.screening()).as(person + " screened on " + requisition.reference()).isEqualTo(
                    As.user(person, () -> review.count(new ReviewFilter(requisition.reference(), Set.of(), null)
                            .narrowedTo(screened))));
        }
        for (SourceFigure source : figures.sources()) {
            ReviewFilter bySource = switch (source.key()) {
                case "Internal" -> new ReviewFilter(null, Set.of(), true);
                case "External" -> new ReviewFilter(null, Set.of(), false);
                default -> ReviewFilter.none().referred();
            };
            assertThat(source.applications()).as(person + " " + source.key())
                    .isEqualTo(As.user(person, () -> review.count(bySource.narrowedTo(period))));
        }
    }

    @Test
    void an_offer_outside_the_range_and_its_acceptance_show_in_offers_time_to_fill_and_mobility() {
        long jordan = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.complete())).id();
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW,
                ApplicationStage.FINALIST)) {
            As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan, version(jordan))), stage, null));
        }
        entityManager.flush();
        HiringFigures before = As.user("recruiter", () -> dashboard.hiring(lastYear));

        OfferDetail requested = As.user("recruiter", () -> offers.requestException(jordan, version(jordan),
                new OfferTerms(new BigDecimal("360000"), BigDecimal.ONE, new BigDecimal("0.50"),
                        LocalDate.now(clock).plusDays(30), null), "Competing offer from another health system"));
        entityManager.flush();
        HiringFigures waiting = As.user("recruiter", () -> dashboard.hiring(lastYear));
        assertThat(waiting.offers().outsideRange()).isEqualTo(before.offers().outsideRange() + 1);
        assertThat(waiting.offers().exceptionsWaiting()).isEqualTo(before.offers().exceptionsWaiting() + 1);

        As.user("cmo", () -> exceptions.approveException(requested.id(), requested.version(), "Within budget"));
        MyOffer mine = As.user("caregiver", () -> offers.myOffers()).getFirst();
        As.user("caregiver", () -> offers.accept(mine.id(), mine.version()));
        entityManager.flush();
        HiringFigures accepted = As.user("recruiter", () -> dashboard.hiring(lastYear));

        assertThat(accepted.offers().accepted()).isEqualTo(before.offers().accepted() + 1);
        assertThat(accepted.offers().exceptionsApproved()).isEqualTo(before.offers().exceptionsApproved() + 1);
        assertThat(accepted.offers().acceptanceRate()).isNotNull();
        assertThat(stage(accepted, ApplicationStage.HIRED).reached())
                .isEqualTo(stage(before, ApplicationStage.HIRED).reached() + 1);
        assertThat(accepted.internalMobility()).isNotNull().isPositive();
        assertThat(accepted.trend()).extracting(MonthFigure::filled).contains(1L);
        // Every month of the period is there, those without a hire too (13: the last year runs from a 7th to a 6th).
        assertThat(accepted.trend()).extracting(MonthFigure::month).startsWith(java.time.YearMonth.from(lastYear.from()))
                .endsWith(java.time.YearMonth.from(lastYear.to())).hasSize(13);
        // Seed 002 went through its approval chain in the demo load, so its time to fill is known.
        assertThat(accepted.timeToFill().count()).isEqualTo(before.timeToFill().count() + 1);
        assertThat(accepted.timeToFill().medianDays()).isNotNull();
        assertThat(accepted.timeToStart().medianDays()).isNotNull();
    }

    @Test
    void approvals_waiting_now_are_the_steps_whose_turn_it_is() {
        ApprovalFigures approvals = As.user("cmo", () -> dashboard.approvals(lastYear));
        long waiting = jdbc.sql("select count(*) from approval_step where state = 'WAITING'").query(Long.class).single();

        assertThat(approvals.waitingNow().stream().mapToLong(WaitingStep::count).sum()).isEqualTo(waiting);
        assertThat(approvals.waitingNow()).allSatisfy(step -> assertThat(step.longestDays())
                .isGreaterThanOrEqualTo(step.medianDays()));
        assertThat(approvals.perStep()).allSatisfy(step -> assertThat(step.p90Days())
                .isGreaterThanOrEqualTo(step.medianDays()));
    }

    @Test
    void vacant_seats_have_their_days_and_open_requisitions() {
        SeatFigures figures = As.user("recruiter", () -> dashboard.seats(lastYear));

        assertThat(figures.vacant()).isPositive();
        assertThat(figures.longestVacant()).isSortedAccordingTo((a, b) -> Long.compare(b.vacantDays(), a.vacantDays()));
        assertThat(figures.longestVacant()).extracting(VacantSeat::code).contains("MGB-MD-PCQ");
        assertThat(figures.longestVacant()).filteredOn(seat -> seat.code().equals("MGB-MD-PCQ"))
                .extracting(VacantSeat::openRequisitions).containsExactly(1L);
        SeatFigures elsewhere = As.user("recruiter", () -> dashboard.seats(lastYear.withOrganisation("NOPE")));
        assertThat(elsewhere.vacant()).isZero();
        assertThat(elsewhere.longestVacant()).isEmpty();
    }

    @Test
    void a_period_that_ends_before_it_starts_or_spans_more_than_ten_years_is_refused_with_a_reason() {
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> new DashboardFilter(today, today.minusDays(1), null, null, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> new DashboardFilter(today.minusYears(11), today, null, null, null))
                .isInstanceOf(DomainException.class).hasMessage("Choose a period of at most ten years.");
        DashboardFilter hostile = lastYear.withDepartment("Primary\u202E Care%").withCategory("x".repeat(500));
        assertThat(As.user("recruiter", () -> dashboard.openRequisitions(hostile)).count()).isZero();
        assertThat(As.user("recruiter", () -> dashboard.hiring(hostile)).funnel())
                .allSatisfy(stage -> assertThat(stage.reached()).isZero());
    }

    private long version(long application) {
        return As.user("recruiter", () -> review.detail(application)).version();
    }

    private static FunnelStage stage(HiringFigures figures, ApplicationStage stage) {
        return figures.funnel().stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
    }
}
