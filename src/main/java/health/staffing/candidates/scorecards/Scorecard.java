package health.staffing.candidates.scorecards;

import health.staffing.base.AbstractEntity;
import health.staffing.base.DomainException;
import health.staffing.candidates.review.Recommendation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One reviewer's scorecard for one application. It exists from the moment HR or the hiring manager
 * assigns the reviewer (the assignment is the empty draft); the reviewer saves drafts as often as
 * they like and then submits once. A submitted scorecard is final.
 */
@Entity
@Table(name = "scorecard")
class Scorecard extends AbstractEntity {

    enum Status { DRAFT, SUBMITTED }

    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Column(nullable = false, length = 100)
    private String reviewer;
    @Column(name = "assigned_by", nullable = false, length = 100)
    private String assignedBy;
    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable Recommendation recommendation;
    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "scorecard_rating", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderColumn(name = "ordinal")
    private List<CriterionRating> ratings = new ArrayList<>();

    protected Scorecard() {
    }

    Scorecard(long applicationId, String reviewer, String assignedBy, Instant assignedAt) {
        this.applicationId = applicationId;
        this.reviewer = reviewer;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
        this.status = Status.DRAFT;
    }

    /** Keeps what the reviewer typed, complete or not, for the criteria of the scorecard. */
    void saveDraft(List<String> criteria, ScorecardEntry entry) {
        refuseIfSubmitted();
        write(criteria, entry);
    }

    /** Makes the scorecard final; every criterion needs a rating and the recommendation must be given. */
    void submit(List<String> criteria, ScorecardEntry entry, Instant at) {
        refuseIfSubmitted();
        Map<String, String> problems = problems(criteria, entry);
        if (!problems.isEmpty()) {
            throw new IncompleteScorecardException(problems);
        }
        write(criteria, entry);
        status = Status.SUBMITTED;
        submittedAt = at;
    }

    /** What keeps the entry from being submitted, by criterion (and {@code "recommendation"}); empty when complete. */
    static Map<String, String> problems(List<String> criteria, ScorecardEntry entry) {
        Map<String, CriterionRating> byCriterion = byCriterion(entry);
        Map<String, String> problems = new LinkedHashMap<>();
        for (String criterion : criteria) {
            CriterionRating rating = byCriterion.get(criterion);
            if (rating == null || rating.rating() == null) {
                problems.put(criterion, "Rate \"" + criterion + "\" from 1 to 5.");
            }
        }
        if (entry.recommendation() == null) {
            problems.put(IncompleteScorecardException.RECOMMENDATION, "Give your overall recommendation.");
        }
        return problems;
    }

    private void write(List<String> criteria, ScorecardEntry entry) {
        Map<String, CriterionRating> byCriterion = byCriterion(entry);
        ratings.clear();
        for (String criterion : criteria) {
            CriterionRating given = byCriterion.get(criterion);
            ratings.add(given == null ? new CriterionRating(criterion, null, null) : given);
        }
        recommendation = entry.recommendation();
    }

    private static Map<String, CriterionRating> byCriterion(ScorecardEntry entry) {
        return entry.ratings().stream().filter(Objects::nonNull)
                .collect(Collectors.toMap(CriterionRating::criterion, Function.identity(), (first, second) -> first));
    }

    private void refuseIfSubmitted() {
        if (status == Status.SUBMITTED) {
            throw new DomainException("This scorecard was submitted and is final; it cannot be changed.");
        }
    }

    /** The mean of the ratings given, two decimals; null without any. */
    @Nullable BigDecimal score() {
        List<Integer> given = ratings.stream().map(CriterionRating::rating).filter(Objects::nonNull).toList();
        if (given.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(given.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(given.size()), 2, RoundingMode.HALF_UP);
    }

    boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    long getApplicationId() {
        return applicationId;
    }

    String getReviewer() {
        return reviewer;
    }

    String getAssignedBy() {
        return assignedBy;
    }

    Instant getAssignedAt() {
        return assignedAt;
    }

    Status getStatus() {
        return status;
    }

    @Nullable Recommendation getRecommendation() {
        return recommendation;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    List<CriterionRating> getRatings() {
        return List.copyOf(ratings);
    }
}
