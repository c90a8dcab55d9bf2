package health.staffing.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.DomainException;
import health.staffing.candidates.offers.OfferDetail;
import health.staffing.candidates.offers.OfferExceptionService;
import health.staffing.candidates.offers.OfferService;
import health.staffing.candidates.offers.OfferStatus;
import health.staffing.candidates.offers.OfferTerms;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.scorecards.CriterionRating;
import health.staffing.candidates.scorecards.ReviewScorecard;
import health.staffing.candidates.scorecards.ReviewerAssignmentService;
import health.staffing.candidates.scorecards.ReviewerPage;
import health.staffing.candidates.scorecards.ScorecardEntry;
import health.staffing.candidates.scorecards.ScorecardService;
import health.staffing.hostile.HostileTrials.Outcome;
import health.staffing.hostile.HostileTrials;
import health.staffing.orgchart.SeatRequisitions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The free texts of an offer, a withdrawal and a scorecard, each tried with every entry of the
 * hostile corpus through the service as a client past the browser's limits would send it, on H2 and
 * on PostgreSQL (where a NUL character fails the statement): the text is refused with a message and
 * nothing changes, or kept exactly as typed (stripped). Each trial runs on seed 002's posting in its
 * own transaction, rolled back.
 */
@DatabaseTest
class HiringTextsHostileInputIT {

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
    ScorecardService scorecards;

    @Autowired
    ReviewerAssignmentService assignments;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    private String quality;

    @BeforeEach
    void seed_002_is_live() {
        quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
    }

    @Test
    void offer_texts_are_refused_or_kept_exactly() {
        HostileTrials.of("offer texts")
                .field("Offer note", value -> HostileTrials.rolledBack(transactions, () -> offerNote(value)))
                .field("Exception justification", value -> HostileTrials.rolledBack(transactions, () -> justification(value)))
                .field("Exception approval comment", value -> HostileTrials.rolledBack(transactions, () -> exceptionDecision(value, true)))
                .field("Exception rejection reason", value -> HostileTrials.rolledBack(transactions, () -> exceptionDecision(value, false)))
                .field("Rescind reason", value -> HostileTrials.rolledBack(transactions, () -> answer(value, "recruiter",
                        offer -> offers.rescind(offer.id(), offer.version(), value).responseReason())))
                .field("Decline reason", value -> HostileTrials.rolledBack(transactions, () -> answer(value, "caregiver",
                        offer -> offers.decline(offer.id(), offer.version(), value).responseReason())))
                .report();
    }

    @Test
    void withdrawal_reasons_and_scorecard_notes_are_refused_or_kept_exactly() {
        HostileTrials.of("withdrawal and scorecard texts")
                .field("Withdrawal reason", value -> HostileTrials.rolledBack(transactions, () -> withdrawal(value)))
                .field("Scorecard notes", value -> HostileTrials.rolledBack(transactions, () -> scorecardNotes(value)))
                .report();
    }

    private Outcome offerNote(String value) {
        long application = finalist();
        try {
            OfferDetail offer = As.user("recruiter", () -> offers.makeOffer(application, version(application),
                    terms("300000", value)));
            assertThat(offer.note()).isEqualTo(HostileTrials.kept(value));
            return Outcome.STORED;
        } catch (DomainException refused) {
            return refusedLeaving(refused, () -> assertThat(offersFor(application)).isEmpty());
        }
    }

    private Outcome justification(String value) {
        long application = finalist();
        try {
            OfferDetail offer = As.user("recruiter", () -> offers.requestException(application,
                    version(application), terms("360000", null), value));
            assertThat(offer.exceptionJustification()).isEqualTo(HostileTrials.kept(value));
            return Outcome.STORED;
        } catch (DomainException refused) {
            return refusedLeaving(refused, () -> assertThat(offersFor(application)).isEmpty());
        }
    }

    private Outcome exceptionDecision(String value, boolean approve) {
        long application = finalist();
        OfferDetail pending = As.user("recruiter", () -> offers.requestException(application, version(application),
                terms("360000", null), "A national search found no one else at this level."));
        try {
            OfferDetail decided = As.user("cmo", () -> approve
                    ? exceptions.approveException(pending.id(), pending.version(), value)
                    : exceptions.rejectException(pending.id(), pending.version(), value));
            assertThat(decided.exceptionDecisionReason()).isEqualTo(HostileTrials.kept(value));
            return Outcome.STORED;
        } catch (DomainException refused) {
            return refusedLeaving(refused, () -> assertThat(offersFor(application)).extracting(OfferDetail::status)
                    .containsExactly(OfferStatus.PENDING_EXCEPTION));
        }
    }

    private Outcome answer(String value, String who, Function<OfferDetail, String> respond) {
        long application = finalist();
        OfferDetail extended = As.user("recruiter", () -> offers.makeOffer(application, version(application),
                terms("300000", null)));
        try {
            assertThat(As.user(who, () -> respond.apply(extended))).isEqualTo(HostileTrials.kept(value));
            return Outcome.STORED;
        } catch (DomainException refused) {
            return refusedLeaving(refused, () -> assertThat(offersFor(application)).extracting(OfferDetail::status)
                    .containsExactly(OfferStatus.EXTENDED));
        }
    }

    private Outcome withdrawal(String value) {
        MyApplication applied = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.complete()));
        try {
            MyApplication withdrawn = As.user("caregiver", () -> applications.withdraw(applied.id(), applied.version(),
                    value));
            assertThat(withdrawn.stage()).isEqualTo(ApplicationStage.WITHDRAWN);
            assertThat(As.user("recruiter", () -> review.detail(applied.id())).history()).filteredOn(change ->
                    change.to() == ApplicationStage.WITHDRAWN).extracting(StageChange::reason).containsExactly(HostileTrials.kept(value));
            return Outcome.STORED;
        } catch (DomainException refused) {
            return refusedLeaving(refused, () -> assertThat(stage(applied.id())).isEqualTo(ApplicationStage.APPLIED));
        }
    }

    private Outcome scorecardNotes(String value) {
        long application = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.complete())).id();
        As.user("recruiter", () -> assignments.assign(List.of(application), "reviewer"));
        ReviewerPage page = As.user("reviewer", () -> scorecards.reviewerPage(application));
        String criterion = page.criteria().getFirst();
        try {
            ReviewScorecard saved = As.user("reviewer", () -> scorecards.saveDraft(application,
                    page.mine().version(), new ScorecardEntry(List.of(new CriterionRating(criterion, 4, value)),
                            null)));
            assertThat(saved.ratings()).filteredOn(rating -> rating.criterion().equals(criterion))
                    .extracting(CriterionRating::notes).containsExactly(HostileTrials.kept(value));
            return Outcome.STORED;
        } catch (DomainException refused) {
            return refusedLeaving(refused, () -> assertThat(As.user("reviewer",
                    () -> scorecards.reviewerPage(application)).mine().ratings())
                    .allMatch(rating -> rating.notes() == null));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Outcome refusedLeaving(DomainException refused, Runnable unchanged) {
        assertThat(refused.getMessage()).as("a message").isNotBlank();
        unchanged.run();
        return Outcome.REFUSED;
    }

    /** The caregiver's application to seed 002, moved to finalist so HR can make an offer. */
    private long finalist() {
        long application = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.complete())).id();
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW,
                ApplicationStage.FINALIST)) {
            As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(application, version(application))),
                    stage, null));
        }
        return application;
    }

    private List<OfferDetail> offersFor(long application) {
        return As.user("recruiter", () -> offers.offersFor(application));
    }

    private long version(long application) {
        return As.user("recruiter", () -> review.detail(application)).version();
    }

    private ApplicationStage stage(long application) {
        return As.user("recruiter", () -> review.detail(application)).stage();
    }

    private OfferTerms terms(String amount, String note) {
        return new OfferTerms(new BigDecimal(amount), BigDecimal.ONE, new BigDecimal("0.50"),
                LocalDate.now(clock).plusDays(30), note);
    }
}
