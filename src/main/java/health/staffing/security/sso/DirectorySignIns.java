package health.staffing.security.sso;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The directory sign-ins this portal is configured for, for the security configuration to wire: the
 * sign-in form's LDAP check and single sign-on's provider, its code exchange and its landing on the
 * account. Each is null when its environment variables are not set. Not Spring beans of their own
 * types: Spring Security would otherwise also build a second, unthrottled sign-in from them.
 */
public record DirectorySignIns(@Nullable AuthenticationProvider ldap, @Nullable ClientRegistrationRepository ssoProvider,
        @Nullable OAuth2UserService<OidcUserRequest, OidcUser> ssoUsers, @Nullable AuthenticationProvider ssoCodeExchange) {
}
