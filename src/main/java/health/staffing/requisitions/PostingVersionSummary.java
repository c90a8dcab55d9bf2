package health.staffing.requisitions;

import java.time.Instant;

/** One line of a posting's version history. */
public record PostingVersionSummary(int number, Instant publishedAt, String publishedBy, String title,
        String payRange, String visibility) {
}
