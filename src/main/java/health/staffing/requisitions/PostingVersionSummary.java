package health.staffing.requisitions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a posting's version history. */
public record PostingVersionSummary(int number, Instant publishedAt, String publishedBy, String title,
        @Nullable String payRange, String visibility) {
}
