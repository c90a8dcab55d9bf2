package health.staffing.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password hash of an account the directory signs in (single sign-on, LDAP, SCIM): a random secret
 * nobody ever sees, so the sign-in form can never open it with a password.
 */
final class DirectoryPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DirectoryPasswords() {
    }

    static String unusable(PasswordEncoder encoder) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return encoder.encode(Base64.getEncoder().encodeToString(secret));
    }
}
