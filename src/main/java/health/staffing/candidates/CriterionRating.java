package health.staffing.candidates;

import health.staffing.base.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One criterion of a scorecard: the rating 1 (weak) to 5 (outstanding), null while the draft has
 * none yet, and the reviewer's notes. A rating outside 1–5 is refused outright.
 */
@Embeddable
public record CriterionRating(@Column(name = "criterion") String criterion, @Column(name = "rating") Integer rating,
        @Column(name = "notes") String notes) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    static final int MAX_NOTES = 4000;

    public CriterionRating {
        if (criterion == null || criterion.isBlank()) {
            throw new DomainException("A rating needs its criterion.");
        }
        if (rating != null && (rating < LOWEST || rating > HIGHEST)) {
            throw new DomainException("Rate \"" + criterion + "\" from " + LOWEST + " to " + HIGHEST + ".");
        }
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new DomainException("The notes on \"" + criterion + "\" are longer than " + MAX_NOTES
                    + " characters; shorten them.");
        }
    }
}
