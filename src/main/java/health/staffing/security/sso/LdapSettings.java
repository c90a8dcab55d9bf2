package health.staffing.security.sso;

import health.staffing.security.DirectoryIdentity.EmployeeKey;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.sso.ldap.*}, from the environment ({@code PORTAL_LDAP_*}, see the README): the directory's
 * address(es) ({@code ldaps://} for TLS, or {@code ldap://} with StartTLS), the base DN, the service account
 * that looks people and groups up, where and how a person is found by the name they type (a filter that also
 * leaves out disabled accounts), where groups are and which attribute names them (nested groups are followed
 * up to {@code nestedGroupDepth} levels), and the attribute that carries the employee's email or number.
 */
@ConfigurationProperties("portal.sso.ldap")
public record LdapSettings(@Nullable String url, String baseDn, boolean startTls, @Nullable String bindDn,
        @Nullable String bindPassword, String userSearchBase, String userSearchFilter, String groupSearchBase,
        String groupSearchFilter, String groupNameAttribute, int nestedGroupDepth, String employeeAttribute,
        EmployeeKey matchOn, String organisation) {

    /** Spring passes null for a setting left out; each gets its default here (Active Directory's where it has one). */
    public LdapSettings {
        baseDn = orElse(baseDn, "");
        userSearchBase = orElse(userSearchBase, "");
        userSearchFilter = orElse(userSearchFilter,
                "(&(sAMAccountName={0})(!(userAccountControl:1.2.840.113556.1.4.803:=2)))");
        groupSearchBase = orElse(groupSearchBase, "");
        groupSearchFilter = orElse(groupSearchFilter, "(member={0})");
        groupNameAttribute = orElse(groupNameAttribute, "cn");
        nestedGroupDepth = nestedGroupDepth <= 0 ? 10 : nestedGroupDepth;
        employeeAttribute = orElse(employeeAttribute, "mail");
        matchOn = matchOn == null ? EmployeeKey.EMAIL : matchOn;
        organisation = orElse(organisation, "your network account");
    }

    public boolean enabled() {
        return url != null && !url.isBlank();
    }

    /** Several servers, space-separated, are tried in turn. */
    List<String> urls() {
        return url == null ? List.of() : Arrays.stream(url.trim().split("\\s+")).toList();
    }

    private static String orElse(@Nullable String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.trim();
    }
}
