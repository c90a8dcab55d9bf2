package health.staffing.security.sso;

import health.staffing.security.AccountSource;
import health.staffing.security.DirectoryIdentity;
import health.staffing.security.DirectorySignIn;
import health.staffing.security.SignedInAccount;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.ldap.core.support.DefaultTlsDirContextAuthenticationStrategy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.NestedLdapAuthoritiesPopulator;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;

/**
 * The sign-in form's check against Active Directory / LDAP: the person is found by the name they typed
 * (with the service account), the directory checks the password by binding as them, their groups are
 * read with the groups those groups belong to, and {@link DirectorySignIn} lands them on their account.
 */
final class LdapSignIn implements UserDetailsContextMapper {

    private final LdapSettings settings;
    private final DirectorySignIn directory;

    LdapSignIn(LdapSettings settings, DirectorySignIn directory) {
        this.settings = settings;
        this.directory = directory;
    }

    LdapAuthenticationProvider provider() {
        DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(settings.urls(),
                settings.baseDn());
        if (settings.bindDn() != null && !settings.bindDn().isBlank()) {
            source.setUserDn(settings.bindDn());
            source.setPassword(settings.bindPassword() == null ? "" : settings.bindPassword());
        } else {
            source.setAnonymousReadOnly(true);
        }
        if (settings.startTls()) {
            source.setAuthenticationStrategy(new DefaultTlsDirContextAuthenticationStrategy());
            source.setPooled(false); // a StartTLS connection cannot be pooled
        }
        source.afterPropertiesSet();

        BindAuthenticator bind = new BindAuthenticator(source);
        bind.setUserSearch(new FilterBasedLdapUserSearch(settings.userSearchBase(), settings.userSearchFilter(), source));

        NestedLdapAuthoritiesPopulator groups = new NestedLdapAuthoritiesPopulator(source, settings.groupSearchBase());
        groups.setGroupSearchFilter(settings.groupSearchFilter());
        groups.setGroupRoleAttribute(settings.groupNameAttribute());
        groups.setRolePrefix("");
        groups.setConvertToUpperCase(false);
        groups.setSearchSubtree(true);
        groups.setMaxSearchDepth(settings.nestedGroupDepth());
        groups.setIgnorePartialResultException(true); // Active Directory's referrals

        LdapAuthenticationProvider provider = new LdapAuthenticationProvider(bind, groups);
        provider.setUserDetailsContextMapper(this);
        return provider;
    }

    @Override
    public UserDetails mapUserFromContext(DirContextOperations entry, String typedName,
            Collection<? extends GrantedAuthority> memberOf) {
        String key = entry.getStringAttribute(settings.employeeAttribute());
        Set<String> groups = new TreeSet<>();
        memberOf.forEach(group -> groups.add(group.getAuthority()));
        SignedInAccount account = directory.signIn(new DirectoryIdentity(AccountSource.LDAP,
                "ldap:" + entry.getNameInNamespace().toLowerCase(Locale.ROOT), settings.matchOn(),
                key == null ? "" : key.trim(), groups));
        return User.withUsername(account.username()).password("").authorities(account.authorities()).build();
    }

    @Override
    public void mapUserToContext(UserDetails user, DirContextAdapter entry) {
        throw new UnsupportedOperationException("The portal never writes to the directory");
    }
}
