package health.staffing.requisitions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A published version of a posting as it was shown: the Markdown document and its key facts. */
public record PublishedPosting(long requisitionId, int number, Instant publishedAt, String publishedBy,
        String reference, String title, String location, String workArrangement, String employment, BigDecimal fte,
        BigDecimal adminFte, BigDecimal salaryMin, BigDecimal salaryMax, boolean adjustedForFte, String payRange,
        String reportsTo, String dottedLineTo, PostingVisibility visibility, Integer internalDays, LocalDate openDate,
        LocalDate closeDate, String document) {
}
