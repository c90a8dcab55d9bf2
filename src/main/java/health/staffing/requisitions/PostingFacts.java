package health.staffing.requisitions;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts of the job a posting shows, taken from the requisition and the org chart when the
 * posting is rendered, never typed into the posting: job reference, title, place, arrangement,
 * employment, FTE, pay, and the reporting lines ("Assistant Chief Medical Officer for Primary Care
 * (Maya Okafor, MD)"; dotted lines with their label).
 */
public record PostingFacts(String reference, String title, @Nullable String organisationName,
        String department, String category, @Nullable String address, String city, String state,
        String workArrangement, String employment, BigDecimal fte, BigDecimal adminFte,
        @Nullable BigDecimal salaryMin, @Nullable BigDecimal salaryMax, boolean adjustedForFte,
        @Nullable String reportsTo, List<String> dottedLinesTo, @Nullable String dyadPartner) {

    /** Facts of a seat without a dyad partner. */
    public PostingFacts(String reference, String title, @Nullable String organisationName, String department,
            String category, @Nullable String address, String city, String state, String workArrangement,
            String employment, BigDecimal fte, BigDecimal adminFte, @Nullable BigDecimal salaryMin,
            @Nullable BigDecimal salaryMax, boolean adjustedForFte, @Nullable String reportsTo,
            List<String> dottedLinesTo) {
        this(reference, title, organisationName, department, category, address, city, state, workArrangement,
                employment, fte, adminFte, salaryMin, salaryMax, adjustedForFte, reportsTo, dottedLinesTo, null);
    }

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
