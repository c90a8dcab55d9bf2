package health.staffing.jobalerts;

import health.staffing.requisitions.AlertFrequency;
import health.staffing.requisitions.JobSearch;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A saved search as its owner sees it on the saved-searches page. */
public record SavedSearchSummary(long id, String name, JobSearch search, @Nullable String place,
        AlertFrequency frequency, Instant savedAt,
        @Nullable Instant lastAlertedAt, int alertsSent) {

    /** The filters in words, the centre by its name as it was when saved. */
    public String criteria() {
        return search.describe(place);
    }
}
