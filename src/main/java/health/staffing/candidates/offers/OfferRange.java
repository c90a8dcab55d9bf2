package health.staffing.candidates.offers;

import health.staffing.base.DomainException;
import health.staffing.base.Money;
import health.staffing.base.TextLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The posted salary range an offer is checked against, and the checks on the offer's terms.
 *
 * <p>How FTE counts (decision 8): the offer's amount is the annual base the person is paid at the
 * offered FTE. A range "adjusted for FTE" (seed 002: "$280,000 - $340,000/year, adjusted for FTE")
 * is stated for a full-time (1.0 FTE) position, as {@code requisitions.Budget} reads it (range ×
 * FTE), so the bounds for an offer are the range × the offered FTE: a 0.8 FTE offer under
 * $280,000–$340,000 must lie within $224,000–$272,000. A range not adjusted for FTE is what the
 * role pays whatever its FTE, and the amount is compared with it as it is. The bounds are inclusive
 * and rounded to the cent.
 */
public record OfferRange(BigDecimal min, BigDecimal max, boolean adjustedForFte) {

    static final BigDecimal MAX_FTE = BigDecimal.ONE;
    /** Far above any leadership salary; keeps the amount inside its numeric(12, 2) column. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");

    public enum Fit { BELOW, WITHIN, ABOVE }

    /** The lowest amount inside the range at this FTE. */
    public BigDecimal lowAt(BigDecimal fte) {
        return scaled(min, fte);
    }

    /** The highest amount inside the range at this FTE. */
    public BigDecimal highAt(BigDecimal fte) {
        return scaled(max, fte);
    }

    public Fit fit(BigDecimal amount, BigDecimal fte) {
        if (amount.compareTo(lowAt(fte)) < 0) {
            return Fit.BELOW;
        }
        return amount.compareTo(highAt(fte)) > 0 ? Fit.ABOVE : Fit.WITHIN;
    }

    public boolean contains(BigDecimal amount, BigDecimal fte) {
        return fit(amount, fte) == Fit.WITHIN;
    }

    /** "$280,000 – $340,000 a year, adjusted for FTE: $224,000 – $272,000 at 0.8 FTE". */
    public String describeAt(BigDecimal fte) {
        String posted = Money.text(min) + " – " + Money.text(max) + " a year";
        if (!adjustedForFte) {
            return posted;
        }
        return posted + ", adjusted for FTE: " + Money.text(lowAt(fte)) + " – " + Money.text(highAt(fte)) + " at "
                + fte.stripTrailingZeros().toPlainString() + " FTE";
    }

    /** Why an amount outside the range is refused without an exception. */
    String refusal(BigDecimal amount, BigDecimal fte) {
        return Money.text(amount) + " is " + (fit(amount, fte) == Fit.BELOW ? "below" : "above") + " the posted range ("
                + describeAt(fte) + "). An offer outside the posted range needs an exception approved by the CMO office:"
                + " give a justification and request one.";
    }

    private BigDecimal scaled(BigDecimal bound, BigDecimal fte) {
        BigDecimal value = adjustedForFte ? bound.multiply(fte) : bound;
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Every problem with the terms, each a sentence; empty when they may be offered. */
    static List<String> problems(OfferTerms terms, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (terms.amount() == null || terms.amount().signum() <= 0) {
            problems.add("Enter an annual base amount above zero.");
        } else if (terms.amount().stripTrailingZeros().scale() > 2) {
            problems.add("The amount can have at most two decimals (cents).");
        } else if (terms.amount().compareTo(MAX_AMOUNT) > 0) {
            problems.add(String.format("The annual base can be at most $%,d.", MAX_AMOUNT.longValue()));
        }
        if (terms.fte() == null || terms.fte().signum() <= 0 || terms.fte().compareTo(MAX_FTE) > 0) {
            problems.add("The FTE must be more than 0 and at most 1.0.");
        } else if (terms.adminFte() == null || terms.adminFte().signum() < 0) {
            problems.add("Enter the administrative FTE (0 or more).");
        } else if (terms.adminFte().compareTo(terms.fte()) > 0) {
            problems.add("The administrative FTE (" + terms.adminFte().stripTrailingZeros().toPlainString()
                    + ") cannot exceed the FTE (" + terms.fte().stripTrailingZeros().toPlainString() + ").");
        }
        if (terms.fte() != null && terms.fte().stripTrailingZeros().scale() > 2
                || terms.adminFte() != null && terms.adminFte().stripTrailingZeros().scale() > 2) {
            problems.add("FTE figures have at most two decimals.");
        }
        if (terms.startDate() == null) {
            problems.add("Enter the start date.");
        } else if (terms.startDate().isBefore(today)) {
            problems.add("The start date cannot be in the past.");
        }
        TextLimits.checkText(problems, "The note", terms.note(), OfferTerms.MAX_TEXT);
        return problems;
    }

    static void check(OfferTerms terms, LocalDate today) {
        List<String> problems = problems(terms, today);
        if (!problems.isEmpty()) {
            throw new DomainException(String.join(" ", problems));
        }
    }
}
