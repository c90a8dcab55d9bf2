package health.staffing.requisitions;

import java.math.BigDecimal;
import java.util.List;

/**
 * The facts of the job a posting shows, taken from the requisition and the org chart when the
 * posting is rendered, never typed into the posting: job reference, title, place, arrangement,
 * employment, FTE, pay, and the reporting lines ("Assistant Chief Medical Officer for Primary Care
 * (Maya Okafor, MD)"; dotted lines with their label).
 */
public record PostingFacts(String reference, String title, String organisationName, String department,
        String category, String address, String city, String state, String workArrangement, String employment,
        BigDecimal fte, BigDecimal adminFte, BigDecimal salaryMin, BigDecimal salaryMax, boolean adjustedForFte,
        String reportsTo, List<String> dottedLinesTo) {

    public PostingFacts {
        dottedLinesTo = dottedLinesTo == null ? List.of() : List.copyOf(dottedLinesTo);
    }

    public String location() {
        if (city == null || city.isBlank()) {
            return state;
        }
        return state == null || state.isBlank() ? city : city + ", " + state;
    }
}
