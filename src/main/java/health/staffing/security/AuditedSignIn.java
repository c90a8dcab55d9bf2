package health.staffing.security;

import health.staffing.base.AuditLog;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of the sign-in form, throttled and audited: a paused user name or address is
 * refused before the password is looked at, and every sign-in, failure and refusal is written to
 * the audit trail with the client address. The refusal reads like any failed sign-in.
 */
class AuditedSignIn implements AuthenticationProvider {

    private final List<AuthenticationProvider> checks;
    private final SignInThrottle throttle;
    private final AuditLog auditLog;
    private final Consumer<String> signedInNow;

    /**
     * @param checks the password checks in the order they are tried: the directory's (LDAP) when there
     *        is one, then the portal's own passwords; the first that knows the person answers
     * @param signedInNow told the user name of each successful sign-in (its last sign-in time)
     */
    AuditedSignIn(List<AuthenticationProvider> checks, SignInThrottle throttle, AuditLog auditLog,
            Consumer<String> signedInNow) {
        this.checks = List.copyOf(checks);
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.signedInNow = signedInNow;
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
            Authentication signedIn = firstThatKnows(attempt);
            throttle.succeeded(username);
            auditLog.recordSignIn(signedIn.getName(), "SIGNED_IN", "from " + address);
            signedInNow.accept(signedIn.getName());
            return signedIn;
        } catch (BadCredentialsException | AccountStatusException refused) {
            throttle.failed(username, address);
            auditLog.recordSignIn(username, "SIGN_IN_FAILED", "from " + address + ": " + reason(refused));
            throw refused;
        }
    }

    /** A wrong password in one check lets the next try; a refused or disabled account ends the attempt. */
    private Authentication firstThatKnows(Authentication attempt) {
        AuthenticationException last = new BadCredentialsException("No password check answered");
        for (AuthenticationProvider check : checks) {
            if (!check.supports(attempt.getClass())) {
                continue;
            }
            try {
                Authentication signedIn = check.authenticate(attempt);
                if (signedIn != null) {
                    return signedIn;
                }
            } catch (AccountStatusException | SignInRefused refused) {
                throw refused;
            } catch (AuthenticationException failed) {
                last = failed instanceof BadCredentialsException ? failed : new BadCredentialsException("Refused", failed);
            }
        }
        throw last;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return checks.stream().anyMatch(check -> check.supports(authentication));
    }

    private static String reason(RuntimeException refused) {
        return switch (refused.getClass().getSimpleName()) {
            case "DisabledException" -> "account disabled";
            case "LockedException" -> "account locked";
            default -> "wrong user name or password";
        };
    }
}
