package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.security.DirectoryIdentity.EmployeeKey;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Directory groups to roles, the password policy and long directory identities: plain rules. */
class DirectoryGroupsTest {

    final DirectoryGroups groups = new DirectoryGroups(List.of("Physician-Leaders"), List.of(" hr-recruiters ", "TA"),
            null, List.of(""), List.of("8f1c0d2e-portal-admins"));

    @Test
    void members_hold_the_roles_of_their_groups_compared_without_case_and_everyone_is_a_caregiver() {
        assertThat(groups.rolesFor(Set.of("HR-RECRUITERS", "physician-leaders", "Domain Users")))
                .containsExactly(AppRoles.CAREGIVER, AppRoles.HIRING_MANAGER, AppRoles.RECRUITER);
        assertThat(groups.rolesFor(Set.of("8F1C0D2E-PORTAL-ADMINS"))).containsExactly(AppRoles.ADMIN, AppRoles.CAREGIVER);
        assertThat(groups.rolesFor(Set.of())).containsExactly(AppRoles.CAREGIVER);
    }

    @Test
    void an_empty_group_name_matches_nobody_and_no_groups_at_all_leaves_roles_to_administrators() {
        assertThat(groups.rolesFor(Set.of(""))).containsExactly(AppRoles.CAREGIVER);
        assertThat(groups.decideRoles()).isTrue();
        assertThat(new DirectoryGroups(null, List.of(), null, List.of(" "), null).decideRoles()).isFalse();
    }

    @Test
    void break_glass_lets_only_the_named_accounts_use_a_portal_password() {
        SignInSettings breakGlass = new SignInSettings("break-glass", List.of(" Admin "));
        assertThat(breakGlass.passwordsForEveryone()).isFalse();
        assertThat(breakGlass.mayUsePassword("admin")).isTrue();
        assertThat(breakGlass.mayUsePassword("recruiter")).isFalse();
        assertThat(new SignInSettings("break-glass", null).mayUsePassword("admin")).isFalse();
        assertThat(new SignInSettings("everyone", List.of()).mayUsePassword("recruiter")).isTrue();
        assertThat(new SignInSettings(null, null).mayUsePassword("recruiter")).isTrue();
    }

    @Test
    void an_identity_longer_than_its_column_is_kept_as_a_stable_hash() {
        String deep = "ldap:" + "ou=x,".repeat(100) + "dc=org";
        DirectoryIdentity once = new DirectoryIdentity(AccountSource.LDAP, deep, EmployeeKey.EMAIL, "a@b.org", Set.of());
        DirectoryIdentity again = new DirectoryIdentity(AccountSource.LDAP, deep, EmployeeKey.EMAIL, "a@b.org", Set.of());

        assertThat(once.externalId()).startsWith("ldap:sha256:").hasSizeLessThanOrEqualTo(AccountSource.EXTERNAL_ID_MAX)
                .isEqualTo(again.externalId());
        assertThat(new DirectoryIdentity(AccountSource.OIDC, "https://idp#42", EmployeeKey.EMAIL, "", Set.of()).externalId())
                .isEqualTo("https://idp#42");
    }
}
