package health.staffing.candidates.review;

import health.staffing.base.TextLimits;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.screening.CriterionOutcome;
import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the candidate review grid is filtered by; every part optional. {@code reference} is a
 * requisition's job reference, {@code internal} true for caregivers, false for external people,
 * {@code match} today's screening outcome (applications never evaluated match none),
 * {@code minScore} keeps applications whose submitted scorecards average at least that much,
 * {@code referredOnly} those that came through a referral, {@code narrowing} what a dashboard figure adds.
 */
public record ReviewFilter(@Nullable String reference, Set<ApplicationStage> stages, @Nullable Boolean internal,
        @Nullable CriterionOutcome match, @Nullable BigDecimal minScore, boolean referredOnly, ReviewNarrowing narrowing) {

    /** The reference is typed or comes from the address: it loses what no query can take. */
    public ReviewFilter {
        reference = TextLimits.searchable(reference);
    }

    public ReviewFilter(@Nullable String reference, Set<ApplicationStage> stages, @Nullable Boolean internal,
            @Nullable CriterionOutcome match, @Nullable BigDecimal minScore, boolean referredOnly) {
        this(reference, stages, internal, match, minScore, referredOnly, ReviewNarrowing.NONE);
    }

    public ReviewFilter(@Nullable String reference, Set<ApplicationStage> stages, @Nullable Boolean internal) {
        this(reference, stages, internal, null, null);
    }

    public ReviewFilter(@Nullable String reference, Set<ApplicationStage> stages, @Nullable Boolean internal,
            @Nullable CriterionOutcome match, @Nullable BigDecimal minScore) {
        this(reference, stages, internal, match, minScore, false);
    }

    public ReviewFilter(@Nullable String reference, Set<ApplicationStage> stages, @Nullable Boolean internal,
            @Nullable CriterionOutcome match) {
        this(reference, stages, internal, match, null);
    }

    public static ReviewFilter none() {
        return new ReviewFilter(null, Set.of(), null, null, null);
    }

    public ReviewFilter withMinScore(@Nullable BigDecimal score) {
        return new ReviewFilter(reference, stages, internal, match, score, referredOnly, narrowing);
    }

    /** Only applications that came through a referral (internal or external alike). */
    public ReviewFilter referred() {
        return new ReviewFilter(reference, stages, internal, match, minScore, true, narrowing);
    }

    /** Narrowed as a dashboard figure asks (see {@link ReviewNarrowing}). */
    public ReviewFilter narrowedTo(ReviewNarrowing dashboard) {
        return new ReviewFilter(reference, stages, internal, match, minScore, referredOnly, dashboard);
    }
}
