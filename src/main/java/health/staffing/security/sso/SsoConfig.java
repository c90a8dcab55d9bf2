package health.staffing.security.sso;

import health.staffing.base.AuditLog;
import health.staffing.security.DirectorySignIn;
import health.staffing.security.SignInOptions;
import health.staffing.security.SignInSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;

/** Single sign-on and LDAP sign-in exist only when their address is set in the environment. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OidcSettings.class, LdapSettings.class})
public class SsoConfig {

    @Bean
    SignInOptions signInOptions(OidcSettings oidc, LdapSettings ldap, SignInSettings passwords) {
        return new SignInOptions(oidc.enabled() ? oidc.organisation() : null,
                ldap.enabled() ? ldap.organisation() : null, passwords.passwordsForEveryone());
    }

    @Bean
    DirectorySignIns directorySignIns(OidcSettings oidc, LdapSettings ldap, DirectorySignIn directory,
            AuditLog auditLog) {
        var ldapCheck = ldap.enabled() ? new LdapSignIn(ldap, directory).provider() : null;
        if (!oidc.enabled()) {
            return new DirectorySignIns(ldapCheck, null, null, null);
        }
        OidcSignIn users = new OidcSignIn(oidc, directory, auditLog);
        return new DirectorySignIns(ldapCheck, new IssuerClientRegistrations(oidc), users,
                new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
                        users));
    }
}
