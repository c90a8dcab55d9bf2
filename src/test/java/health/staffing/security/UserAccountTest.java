package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.base.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    @Test
    void every_account_is_a_caregiver_whatever_it_is_granted() {
        UserAccount account = new UserAccount("recruiter", "{noop}x", "Sam Patel", null, List.of(AppRoles.RECRUITER));

        assertThat(account.getRoles()).containsExactlyInAnyOrder(AppRoles.RECRUITER, AppRoles.CAREGIVER);

        account.grantRoles(List.of(AppRoles.FINANCE));
        assertThat(account.getRoles()).containsExactlyInAnyOrder(AppRoles.FINANCE, AppRoles.CAREGIVER);
    }

    @Test
    void unknown_role_is_refused_and_existing_roles_stay() {
        UserAccount account = new UserAccount("cmo", "{noop}x", "Elena Marsh", null, List.of(AppRoles.CMO_OFFICE));

        assertThatThrownBy(() -> account.grantRoles(List.of("SUPERUSER")))
                .isInstanceOf(DomainException.class)
                .hasMessage("Unknown role SUPERUSER.");
        assertThat(account.getRoles()).containsExactlyInAnyOrder(AppRoles.CMO_OFFICE, AppRoles.CAREGIVER);
    }

    @Test
    void summary_never_carries_the_password_hash() {
        assertThat(java.util.Arrays.stream(UserSummary.class.getRecordComponents()).map(c -> c.getName().toLowerCase()))
                .noneMatch(name -> name.contains("hash") || name.equals("password"));
    }

    @Test
    void an_issued_password_must_be_changed_and_a_chosen_one_need_not() {
        UserAccount account = new UserAccount("lee", "{bcrypt}old", "Lee", null, java.util.List.of());
        assertThat(account.mustChangePassword()).isFalse();

        account.issueTemporaryPassword("{bcrypt}issued");
        assertThat(account.mustChangePassword()).isTrue();

        account.changePassword("{bcrypt}chosen");
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(account.getPasswordHash()).isEqualTo("{bcrypt}chosen");
    }
}
