package health.staffing.candidates.referrals;

import org.jspecify.annotations.Nullable;

/** A colleague (an employee id) or someone outside (a name and an email), and why they fit. */
public record ReferralForm(@Nullable Long employeeId, @Nullable String name, @Nullable String email,
        @Nullable String note) {

    public static ReferralForm colleague(long employeeId, @Nullable String note) {
        return new ReferralForm(employeeId, null, null, note);
    }

    public static ReferralForm outside(String name, String email, @Nullable String note) {
        return new ReferralForm(null, name, email, note);
    }
}
