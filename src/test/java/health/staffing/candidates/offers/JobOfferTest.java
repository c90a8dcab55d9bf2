package health.staffing.candidates.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationForm;
import health.staffing.candidates.Candidate;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.UnsavedApplications;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The offer's own lifecycle, without a database. */
class JobOfferTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final OfferRange RANGE = new OfferRange(new BigDecimal("280000"), new BigDecimal("320000"), false);

    private final JobApplication application = UnsavedApplications.internal(7, 1, "102600", "Director",
            new ApplicationForm(null, null, null, null, null, null, null, null, null), "caregiver", NOW);

    @Test
    void an_offer_inside_the_range_is_extended_and_can_be_accepted() {
        JobOffer offer = JobOffer.extended(application, OfferRangeTest.terms("300000", "1", "0.5", START), RANGE,
                "recruiter", NOW);
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.EXTENDED);

        offer.accept("caregiver", NOW);

        assertThat(offer.getStatus()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(offer.toDetail().respondedBy()).isEqualTo("caregiver");
        assertThatThrownBy(() -> offer.decline("caregiver", NOW, "changed my mind"))
                .hasMessage("Only an extended offer can be declined; this one is accepted.");
        assertThatThrownBy(() -> offer.rescind("recruiter", NOW, "budget"))
                .hasMessage("An offer that is accepted cannot be rescinded.");
    }

    @Test
    void an_offer_outside_the_range_cannot_be_extended_directly() {
        assertThatThrownBy(() -> JobOffer.extended(application, OfferRangeTest.terms("350000", "1", "0.5", START),
                RANGE, "recruiter", NOW)).isInstanceOf(DomainException.class).hasMessageStartingWith(
                "$350,000 is above the posted range");
    }

    @Test
    void declining_and_rescinding_need_a_reason() {
        JobOffer offer = JobOffer.extended(application, OfferRangeTest.terms("300000", "1", "0.5", START), RANGE,
                "recruiter", NOW);

        assertThatThrownBy(() -> offer.decline("caregiver", NOW, " "))
                .hasMessage("Give a reason for declining the offer.");
        assertThatThrownBy(() -> offer.rescind("recruiter", NOW, null))
                .hasMessage("Give a reason for rescinding the offer.");
        offer.decline("caregiver", NOW, "Staying in my current role");
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.DECLINED);
        assertThat(offer.toDetail().responseReason()).isEqualTo("Staying in my current role");
    }

    @Test
    void an_exception_needs_a_justification_and_only_for_an_amount_outside_the_range() {
        assertThatThrownBy(() -> JobOffer.pendingException(application,
                OfferRangeTest.terms("350000", "1", "0.5", START), RANGE, "", "recruiter", NOW))
                .hasMessageStartingWith("Give a justification");
        assertThatThrownBy(() -> JobOffer.pendingException(application,
                OfferRangeTest.terms("300000", "1", "0.5", START), RANGE, "market", "recruiter", NOW))
                .hasMessageContaining("make the offer directly");
    }

    @Test
    void the_requester_cannot_decide_their_own_exception_and_someone_else_approves_it() {
        JobOffer offer = JobOffer.pendingException(application, OfferRangeTest.terms("350000", "1", "0.5", START),
                RANGE, "Competing offer from another system", "admin", NOW);
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.PENDING_EXCEPTION);
        assertThatThrownBy(() -> offer.accept("caregiver", NOW))
                .hasMessage("Only an extended offer can be accepted; this one is waiting for the cmo office.");

        assertThatThrownBy(() -> offer.approveException("admin", NOW, null))
                .hasMessageStartingWith("You requested this exception");
        offer.approveException("cmo", NOW, "Retention of a key leader");

        assertThat(offer.getStatus()).isEqualTo(OfferStatus.EXTENDED);
        OfferDetail detail = offer.toDetail();
        assertThat(detail.exceptionDecidedBy()).isEqualTo("cmo");
        assertThat(detail.exceptionDecisionReason()).isEqualTo("Retention of a key leader");
        assertThat(detail.withinRange()).isFalse();
        assertThatThrownBy(() -> offer.rejectException("cmo", NOW, "no"))
                .hasMessage("This offer is extended; there is no exception to decide.");
    }

    @Test
    void rejecting_an_exception_needs_a_reason_and_closes_the_offer() {
        JobOffer offer = JobOffer.pendingException(application, OfferRangeTest.terms("250000", "1", "0.5", START),
                RANGE, "Candidate asked for a lower base", "recruiter", NOW);

        assertThatThrownBy(() -> offer.rejectException("cmo", NOW, ""))
                .hasMessage("Give a reason for rejecting the exception.");
        offer.rejectException("cmo", NOW, "Below range breaks internal equity");

        assertThat(offer.getStatus()).isEqualTo(OfferStatus.REJECTED_EXCEPTION);
        assertThat(offer.getStatus().isOpen()).isFalse();
    }
}
