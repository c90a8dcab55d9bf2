package health.staffing.security;

import java.security.SecureRandom;

/**
 * Passwords an administrator hands over (new account, reset): 16 random characters from an alphabet
 * without look-alikes (no 0/O, 1/l/I), in groups of four so they can be read out over the phone.
 * About 80 bits of entropy, and they pass {@link PasswordRules}; their owner must replace them at
 * the next sign-in anyway.
 */
final class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String next() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
