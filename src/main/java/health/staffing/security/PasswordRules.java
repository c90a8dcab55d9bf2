package health.staffing.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a new password must be, after NIST SP 800-63B: at least 12 characters and at most 64 (every
 * character counts, spaces and any script included; BCrypt reads 72 bytes), not a well-known
 * breached password, not the user name, not one character repeated. No composition rules ("one
 * digit, one symbol"): they make passwords harder to remember, not to guess.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    private static final int MAX_BCRYPT_BYTES = 72;
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** Why this password may not be chosen by this user, or empty. */
    public static Optional<String> problem(@Nullable String password, @Nullable String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("A password needs at least " + MIN_LENGTH + " characters; a few words make a good one.");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BCRYPT_BYTES) {
            return Optional.of("A password can have at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("This password is on the list of passwords attackers try first; choose another.");
        }
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("A password must not contain the user name.");
        }
        if (lower.codePoints().distinct().count() == 1) {
            return Optional.of("A password must not be one character repeated.");
        }
        return Optional.empty();
    }

    static int commonPasswords() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
