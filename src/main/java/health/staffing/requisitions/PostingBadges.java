package health.staffing.requisitions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a caregiver is told about a posting's timing instead of how many applied: "New" in the week
 * after it was first published (a corrected version is not new again), "Closing soon" in its last
 * week. The applicant count is for HR and the hiring team only.
 */
public final class PostingBadges {

    static final Duration NEW_FOR = Duration.ofDays(7);
    static final int CLOSING_SOON_DAYS = 7;

    private PostingBadges() {
    }

    public static List<String> of(Instant publishedAt, @Nullable LocalDate closeDate, Instant now, LocalDate today) {
        List<String> badges = new ArrayList<>(2);
        if (!publishedAt.isBefore(now.minus(NEW_FOR))) {
            badges.add("New");
        }
        if (closeDate != null && !closeDate.isBefore(today) && !closeDate.isAfter(today.plusDays(CLOSING_SOON_DAYS))) {
            badges.add("Closing soon");
        }
        return badges;
    }
}
