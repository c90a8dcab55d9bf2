package health.staffing.requisitions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A published version of a posting as it was shown: the Markdown document and its key facts. */
public record PublishedPosting(long requisitionId, int number, Instant publishedAt, String publishedBy,
        String reference, String title, String location, String workArrangement, String employment, BigDecimal fte,
        BigDecimal adminFte, @Nullable BigDecimal salaryMin, @Nullable BigDecimal salaryMax, boolean adjustedForFte,
        @Nullable String payRange, @Nullable String reportsTo, @Nullable String dottedLineTo,
        PostingVisibility visibility, @Nullable Integer internalDays, @Nullable LocalDate openDate,
        @Nullable LocalDate closeDate, String document) {
}
