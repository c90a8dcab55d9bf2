package health.staffing.candidates.referrals;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A referral as the referrer sees it (progress only) and as the hiring team sees it (with the note). */
public record ReferralSummary(long id, String reference, String title, String referrer, String referrerName,
        String referredName, boolean colleague, @Nullable String note, ReferralProgress progress, Instant referredAt) {
}
