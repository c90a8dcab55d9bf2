package health.staffing.jobalerts;

import health.staffing.requisitions.SearchablePosting;
import java.util.List;
import java.util.Map;

/**
 * One person's alert email from one sweep: each of their saved searches that found new postings,
 * with everything the mail needs resolved beforehand (sending reads nothing).
 */
record JobAlert(String username, String address, String displayName, List<Found> searches) {

    /** A saved search and the new postings it found; its unsubscribe token and board address. */
    record Found(String name, String unsubscribeToken, Map<String, String> boardParameters,
            List<SearchablePosting> postings) {
    }

    int postingCount() {
        return (int) searches.stream().flatMap(found -> found.postings().stream())
                .mapToLong(SearchablePosting::requisitionId).distinct().count();
    }
}
