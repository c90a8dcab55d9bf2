package health.staffing.security.sso;

import health.staffing.base.AuditLog;
import health.staffing.security.AccountSource;
import health.staffing.security.DirectoryIdentity;
import health.staffing.security.DirectoryIdentity.EmployeeKey;
import health.staffing.security.DirectorySignIn;
import health.staffing.security.SignInRefused;
import health.staffing.security.SignInRefused.Reason;
import health.staffing.security.SignedInAccount;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider's sign-in: reads who the ID token (and the user-info endpoint) says the person is and
 * lands them on their portal account through {@link DirectorySignIn}. A refusal becomes an OAuth2 error
 * whose code the sign-in page explains.
 */
final class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final OidcSettings settings;
    private final DirectorySignIn directory;
    private final AuditLog auditLog;

    OidcSignIn(OidcSettings settings, DirectorySignIn directory, AuditLog auditLog) {
        this.settings = settings;
        this.directory = directory;
        this.auditLog = auditLog;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        try {
            SignedInAccount account = directory.signIn(identityOf(user));
            auditLog.recordSignIn(account.username(), "SIGNED_IN", "through " + AccountSource.OIDC.label()
                    + " (" + user.getIssuer() + ")");
            return new PortalOidcUser(account.authorities(), user.getIdToken(), user.getUserInfo(), account.username());
        } catch (SignInRefused refused) {
            if (refused.reason() == Reason.UNVERIFIED_EMAIL) { // refused before the directory was asked
                auditLog.recordSignIn(user.getEmail(), "SIGN_IN_FAILED", AccountSource.OIDC.label() + ": "
                        + refused.reason().code());
            }
            throw new OAuth2AuthenticationException(new OAuth2Error(refused.reason().code()), refused.getMessage(),
                    refused);
        }
    }

    DirectoryIdentity identityOf(OidcUser user) {
        String key = text(user.getClaims().get(settings.employeeClaim()));
        if (settings.matchOn() == EmployeeKey.EMAIL && Boolean.FALSE.equals(user.getEmailVerified())) {
            throw new SignInRefused(Reason.UNVERIFIED_EMAIL);
        }
        return new DirectoryIdentity(AccountSource.OIDC, user.getIssuer() + "#" + user.getSubject(), settings.matchOn(),
                key, groups(user.getClaims().get(settings.groupsClaim())));
    }

    /** A claim's groups as the provider sends them: a JSON list, or one string of names. */
    private static Set<String> groups(@Nullable Object claim) {
        Set<String> groups = new TreeSet<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(group -> groups.add(String.valueOf(group)));
        } else if (claim instanceof String names && !names.isBlank()) {
            groups.addAll(Arrays.stream(names.split("[,\\s]+")).filter(name -> !name.isBlank()).toList());
        }
        return groups;
    }

    private static String text(@Nullable Object claim) {
        return claim == null ? "" : String.valueOf(claim).trim();
    }
}
