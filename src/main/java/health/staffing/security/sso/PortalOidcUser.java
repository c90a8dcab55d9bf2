package health.staffing.security.sso;

import java.io.Serial;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in through the identity provider, known in the portal by their portal user name (the
 * provider's subject is only the key to the account), with the roles the portal gave them. The ID token
 * stays for RP-initiated sign-out.
 */
final class PortalOidcUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;

    PortalOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
            @Nullable OidcUserInfo userInfo, String username) {
        super(authorities, idToken, userInfo, "sub");
        this.username = username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PortalOidcUser user && username.equals(user.username) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
