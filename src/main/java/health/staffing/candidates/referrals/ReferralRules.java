package health.staffing.candidates.referrals;

import health.staffing.base.TextLimits;
import health.staffing.candidates.ExternalCandidateService;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What a referral accepts, with the column maxima of V27; the form and the service say the same. */
public final class ReferralRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 200;
    public static final int MAX_NOTE = 1000;

    private ReferralRules() {
    }

    public static Optional<String> name(@Nullable String name) {
        if (TextLimits.isBlank(name)) {
            return Optional.of("Enter the person's name.");
        }
        return TextLimits.problem("The name", name, MAX_NAME);
    }

    public static Optional<String> email(@Nullable String email) {
        if (TextLimits.isBlank(email)) {
            return Optional.of("Enter the person's email address.");
        }
        return TextLimits.problem("The email address", email, MAX_EMAIL)
                .or(() -> ExternalCandidateService.emailProblem(email.strip()));
    }

    public static Optional<String> note(@Nullable String note) {
        return TextLimits.textProblem("Why they fit", note, MAX_NOTE);
    }
}
