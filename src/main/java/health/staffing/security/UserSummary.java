package health.staffing.security;

import java.time.Instant;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/** What a screen needs to show about an account; never the password hash. */
public record UserSummary(long id, String username, String displayName, @Nullable Long employeeId, boolean enabled,
        boolean mustChangePassword, SortedSet<String> roles, AccountSource source, @Nullable Instant lastSignInAt,
        long version) {
}
