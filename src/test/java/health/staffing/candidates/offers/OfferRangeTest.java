package health.staffing.candidates.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The posted-range rule of decision 8 and the checks on an offer's terms. */
class OfferRangeTest {

    private static final BigDecimal FULL = new BigDecimal("1.00");
    private static final OfferRange SEED_000 = new OfferRange(new BigDecimal("280000"), new BigDecimal("320000"), false);
    private static final OfferRange SEED_002 = new OfferRange(new BigDecimal("280000"), new BigDecimal("340000"), true);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void an_amount_inside_the_range_fits() {
        assertThat(SEED_000.fit(new BigDecimal("300000"), FULL)).isEqualTo(OfferRange.Fit.WITHIN);
    }

    @Test
    void both_bounds_are_inside_the_range() {
        assertThat(SEED_000.contains(new BigDecimal("280000.00"), FULL)).isTrue();
        assertThat(SEED_000.contains(new BigDecimal("320000"), FULL)).isTrue();
    }

    @Test
    void a_cent_below_the_minimum_is_below_and_a_cent_above_the_maximum_is_above() {
        assertThat(SEED_000.fit(new BigDecimal("279999.99"), FULL)).isEqualTo(OfferRange.Fit.BELOW);
        assertThat(SEED_000.fit(new BigDecimal("320000.01"), FULL)).isEqualTo(OfferRange.Fit.ABOVE);
    }

    @Test
    void a_range_adjusted_for_fte_scales_with_the_offered_fte() {
        BigDecimal part = new BigDecimal("0.80");

        assertThat(SEED_002.lowAt(part)).isEqualByComparingTo("224000");
        assertThat(SEED_002.highAt(part)).isEqualByComparingTo("272000");
        assertThat(SEED_002.contains(new BigDecimal("224000"), part)).isTrue();
        assertThat(SEED_002.contains(new BigDecimal("272000"), part)).isTrue();
        assertThat(SEED_002.fit(new BigDecimal("280000"), part)).isEqualTo(OfferRange.Fit.ABOVE);
        assertThat(SEED_002.fit(new BigDecimal("223999.99"), part)).isEqualTo(OfferRange.Fit.BELOW);
        assertThat(SEED_002.describeAt(part))
                .isEqualTo("$280,000 – $340,000 a year, adjusted for FTE: $224,000 – $272,000 at 0.8 FTE");
    }

    @Test
    void a_range_not_adjusted_for_fte_is_the_same_whatever_the_fte() {
        BigDecimal half = new BigDecimal("0.50");

        assertThat(SEED_000.contains(new BigDecimal("280000"), half)).isTrue();
        assertThat(SEED_000.fit(new BigDecimal("140000"), half)).isEqualTo(OfferRange.Fit.BELOW);
        assertThat(SEED_000.describeAt(half)).isEqualTo("$280,000 – $320,000 a year");
    }

    @Test
    void the_refusal_says_which_side_and_how_to_get_an_exception() {
        assertThat(SEED_000.refusal(new BigDecimal("350000"), FULL)).startsWith(
                "$350,000 is above the posted range ($280,000 – $320,000 a year).").contains("CMO office");
        assertThat(SEED_000.refusal(new BigDecimal("250000.50"), FULL)).startsWith("$250,000.50 is below");
    }

    @Test
    void valid_terms_have_no_problems() {
        assertThat(OfferRange.problems(terms("300000", "1.00", "0.50", TODAY), TODAY)).isEmpty();
    }

    @Test
    void each_invalid_term_is_named() {
        assertThat(OfferRange.problems(terms("0", "1.00", "0.50", TODAY), TODAY))
                .containsExactly("Enter an annual base amount above zero.");
        assertThat(OfferRange.problems(terms("300000", "0", "0", TODAY), TODAY))
                .containsExactly("The FTE must be more than 0 and at most 1.0.");
        assertThat(OfferRange.problems(terms("300000", "1.10", "0.50", TODAY), TODAY))
                .containsExactly("The FTE must be more than 0 and at most 1.0.");
        assertThat(OfferRange.problems(terms("300000", "0.60", "0.80", TODAY), TODAY))
                .containsExactly("The administrative FTE (0.8) cannot exceed the FTE (0.6).");
        assertThat(OfferRange.problems(terms("300000", "1.00", "0.50", TODAY.minusDays(1)), TODAY))
                .containsExactly("The start date cannot be in the past.");
        assertThat(OfferRange.problems(new OfferTerms(null, null, null, null, null), TODAY)).containsExactly(
                "Enter an annual base amount above zero.", "The FTE must be more than 0 and at most 1.0.",
                "Enter the start date.");
    }

    @Test
    void fte_of_exactly_one_and_admin_equal_to_fte_are_allowed() {
        assertThat(OfferRange.problems(terms("300000", "1", "1", TODAY), TODAY)).isEmpty();
    }

    static OfferTerms terms(String amount, String fte, String adminFte, LocalDate start) {
        return new OfferTerms(new BigDecimal(amount), new BigDecimal(fte), new BigDecimal(adminFte), start, null);
    }
}
