package health.staffing.candidates.scorecards;

import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One criterion of a scorecard: the rating 1 (weak) to 5 (outstanding), null while the draft has
 * none yet, and the reviewer's notes. A rating outside 1–5 is refused outright.
 */
@Embeddable
public record CriterionRating(@Column(name = "criterion") String criterion,
        @Column(name = "rating") @Nullable Integer rating, @Column(name = "notes") @Nullable String notes) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    public static final int MAX_NOTES = 4000;

    public CriterionRating {
        if (criterion == null || criterion.isBlank()) {
            throw new DomainException("A rating needs its criterion.");
        }
        if (rating != null && (rating < LOWEST || rating > HIGHEST)) {
            throw new DomainException("Rate \"" + criterion + "\" from " + LOWEST + " to " + HIGHEST + ".");
        }
        Optional<String> problem = notesProblem(criterion, notes);
        if (problem.isPresent()) {
            throw new DomainException(problem.get());
        }
        notes = TextLimits.isBlank(notes) ? null : notes.strip();
    }

    /** What is wrong with the notes on a criterion, if anything: the form shows it on the field. */
    public static Optional<String> notesProblem(String criterion, @Nullable String notes) {
        return TextLimits.textProblem("The note on \"" + criterion + "\"", notes, MAX_NOTES);
    }
}
