package health.staffing.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.sso.groups.<role>}: the directory groups whose members hold each role (names, DNs'
 * common names or Entra object ids; compared without case). When any role has groups, roles follow the
 * directory at every sign-in and CAREGIVER is everyone's; when none has, roles stay as administrators
 * grant them in the portal.
 */
@ConfigurationProperties("portal.sso.groups")
public record DirectoryGroups(@Nullable List<String> hiringManager, @Nullable List<String> recruiter,
        @Nullable List<String> cmoOffice, @Nullable List<String> finance, @Nullable List<String> admin) {

    private Map<String, List<String>> byRole() {
        return Map.of(AppRoles.HIRING_MANAGER, clean(hiringManager), AppRoles.RECRUITER, clean(recruiter),
                AppRoles.CMO_OFFICE, clean(cmoOffice), AppRoles.FINANCE, clean(finance), AppRoles.ADMIN, clean(admin));
    }

    /** Whether the directory decides roles at all. */
    public boolean decideRoles() {
        return byRole().values().stream().anyMatch(groups -> !groups.isEmpty());
    }

    /** The roles a member of these groups holds; always CAREGIVER. */
    public Set<String> rolesFor(Set<String> memberOf) {
        Set<String> member = memberOf.stream().map(DirectoryGroups::key).collect(Collectors.toSet());
        Set<String> roles = new TreeSet<>(Set.of(AppRoles.CAREGIVER));
        byRole().forEach((role, groups) -> {
            if (groups.stream().anyMatch(member::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    private static List<String> clean(@Nullable List<String> groups) {
        return groups == null ? List.of()
                : groups.stream().map(DirectoryGroups::key).filter(group -> !group.isEmpty()).toList();
    }

    private static String key(String group) {
        return group.trim().toLowerCase(Locale.ROOT);
    }
}
