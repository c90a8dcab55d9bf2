package health.staffing.requisitions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of the job board: the live version's key facts, when it (and the first version) was
 * published, and the distance from the search's centre if any.
 */
public record JobListing(long requisitionId, String reference, String title, String location, String workArrangement,
        String employment, String category, @Nullable String payRange, @Nullable BigDecimal salaryMin,
        @Nullable BigDecimal salaryMax, Instant publishedAt, @Nullable Double distanceMiles,
        @Nullable LocalDate closeDate, Instant firstPublishedAt) {
}
