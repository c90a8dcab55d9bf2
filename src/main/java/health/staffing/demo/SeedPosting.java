package health.staffing.demo;

import health.staffing.requisitions.PostingContent;
import java.math.BigDecimal;

/**
 * One seed posting: the requisition facts it needs (the seat, title, place, employment and pay) and
 * the posting content HR writes. {@code reference} is the job reference the seed carries (seed
 * 004: "102619"), null when it has none.
 */
public record SeedPosting(String seed, String positionCode, String title, String department, String category,
        String addressLine, String city, String state, String postalCode, String workArrangement, Integer daysOnSite,
        String employmentType, String jobType, BigDecimal fte, BigDecimal adminFte, BigDecimal salaryMin,
        BigDecimal salaryMax, boolean adjustedForFte, String reference, PostingContent content) {

    SeedPosting(String seed, String positionCode, String title, String department, String category, String addressLine,
            String city, String state, String postalCode, String workArrangement, Integer daysOnSite,
            String employmentType, String jobType, String fte, String adminFte, String salaryMin, String salaryMax,
            boolean adjustedForFte, String reference, PostingContent content) {
        this(seed, positionCode, title, department, category, addressLine, city, state, postalCode, workArrangement,
                daysOnSite, employmentType, jobType, new BigDecimal(fte), new BigDecimal(adminFte),
                new BigDecimal(salaryMin), new BigDecimal(salaryMax), adjustedForFte, reference, content);
    }
}
