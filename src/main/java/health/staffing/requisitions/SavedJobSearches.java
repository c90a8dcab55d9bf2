package health.staffing.requisitions;

import java.util.List;

/**
 * The job board's "Save search": a caregiver keeps a search under a name and chooses whether new
 * postings that match it are emailed to them. The job alerts feature implements it; the board only
 * asks through this port, so postings never depend on alerts.
 */
public interface SavedJobSearches {

    /** Why the signed-in person cannot save this search under this name (empty: they can). */
    List<String> problems(String name, JobSearch search);

    /** Saves the signed-in person's search; refused with the same problems. Returns its id. */
    long save(String name, JobSearch search, AlertFrequency frequency);

    /** How many searches the signed-in person has saved. */
    long countMine();
}
