package health.staffing.security;

import health.staffing.base.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of the sign-in form, throttled and audited: a paused user name or address is
 * refused before the password is looked at, and every sign-in, failure and refusal is written to
 * the audit trail with the client address. The refusal reads like any failed sign-in.
 */
class AuditedSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditLog auditLog;

    AuditedSignIn(AuthenticationProvider passwords, SignInThrottle throttle, AuditLog auditLog) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        var paused = throttle.pausedUntil(username, address);
        if (paused.isPresent()) {
            auditLog.recordSignIn(username, "SIGN_IN_PAUSED", "from " + address + ", paused until " + paused.get());
            throw new LockedException("Sign-in paused until " + paused.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username);
            auditLog.recordSignIn(username, "SIGNED_IN", "from " + address);
            return signedIn;
        } catch (BadCredentialsException | AccountStatusException refused) {
            throttle.failed(username, address);
            auditLog.recordSignIn(username, "SIGN_IN_FAILED", "from " + address + ": " + reason(refused));
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String reason(RuntimeException refused) {
        return switch (refused.getClass().getSimpleName()) {
            case "DisabledException" -> "account disabled";
            case "LockedException" -> "account locked";
            default -> "wrong user name or password";
        };
    }
}
