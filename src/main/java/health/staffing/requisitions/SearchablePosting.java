package health.staffing.requisitions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A live posting's searchable facts, for matching many saved searches against a few new postings in
 * memory: {@link #matches} applies a {@link JobSearch} exactly as the job board's SQL filters it
 * (JobBoardQueries), except "posted in the last N days", which a new posting always meets.
 *
 * @param liveFrom    when caregivers could first see it: its first publication, or its open date if later
 * @param otherPoints the other places of a multi-site posting: a radius search finds it near any of them
 */
public record SearchablePosting(long requisitionId, String reference, String title, String location,
        @Nullable String payRange, Instant liveFrom, Set<String> words, @Nullable Double latitude,
        @Nullable Double longitude, @Nullable String category, @Nullable EmploymentType employmentType,
        @Nullable EducationLevel educationMinimum, @Nullable Integer experienceYears, @Nullable BigDecimal salaryMax,
        List<Point> otherPoints) {

    /** A place by its coordinates. */
    public record Point(double latitude, double longitude) {
    }

    public SearchablePosting {
        words = Set.copyOf(words);
        otherPoints = List.copyOf(otherPoints);
    }

    /** Whether the search finds this posting; {@code centre} is its resolved place when it has one. */
    public boolean matches(JobSearch search, @Nullable JobPlace centre) {
        return hasWords(search) && isWithin(search, centre)
                && (search.category() == null || search.category().equals(category))
                && (search.employmentType() == null || search.employmentType() == employmentType)
                && (search.education() == null || educationMinimum == null
                        || JobBoardQueries.satisfiedBy(search.education()).contains(educationMinimum))
                && (search.experienceYears() == null || experienceYears == null
                        || experienceYears <= Math.max(0, search.experienceYears()))
                && (search.salaryAtLeast() == null || salaryMax != null && salaryMax.compareTo(search.salaryAtLeast()) >= 0);
    }

    private boolean hasWords(JobSearch search) {
        return words.containsAll(PostingWords.query(search.keywords()));
    }

    private boolean isWithin(JobSearch search, @Nullable JobPlace centre) {
        if (centre == null) {
            return true;
        }
        double radius = Math.max(0, search.effectiveRadiusMiles());
        return latitude != null && longitude != null
                && GeoDistance.miles(centre.latitude(), centre.longitude(), latitude, longitude) <= radius
                || otherPoints.stream().anyMatch(point -> GeoDistance.miles(centre.latitude(), centre.longitude(),
                        point.latitude(), point.longitude()) <= radius);
    }
}
