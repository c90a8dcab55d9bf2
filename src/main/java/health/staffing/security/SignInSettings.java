package health.staffing.security;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.sign-in.passwords}: {@code everyone} (the demo, or a portal without a directory) lets
 * every local account sign in with its password; {@code break-glass} (production with single sign-on)
 * only the accounts named in {@code portal.sign-in.break-glass}, the emergency administrators kept for
 * when the directory is down. The sign-in form then hides behind "Emergency administrator sign-in".
 */
@ConfigurationProperties("portal.sign-in")
public record SignInSettings(@Nullable String passwords, @Nullable List<String> breakGlass) {

    public boolean passwordsForEveryone() {
        return passwords == null || !"break-glass".equalsIgnoreCase(passwords.trim());
    }

    /** Whether this account may sign in with a portal password. */
    public boolean mayUsePassword(String username) {
        return passwordsForEveryone() || breakGlass != null && breakGlass.stream()
                .anyMatch(name -> name.trim().toLowerCase(Locale.ROOT).equals(username.trim().toLowerCase(Locale.ROOT)));
    }
}
