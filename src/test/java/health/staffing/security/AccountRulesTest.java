package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void a_user_name_is_stored_trimmed_in_lower_case_and_uses_typeable_characters_only() {
        assertThat(AccountRules.normaliseUsername("  Dana.Whitfield ")).isEqualTo("dana.whitfield");
        assertThat(AccountRules.usernameProblems("dana.whitfield@mgb")).isEmpty();
        assertThat(AccountRules.usernameProblems("d")).singleElement().asString().contains("letters a–z");
        assertThat(AccountRules.usernameProblems(".hidden")).hasSize(1);
        assertThat(AccountRules.usernameProblems("dana whitfield")).hasSize(1);
        assertThat(AccountRules.usernameProblems("dänä")).hasSize(1);
        assertThat(AccountRules.usernameProblems("dana\u202Eevil")).hasSize(1);
        assertThat(AccountRules.usernameProblems("   ")).containsExactly("Enter a user name.");
        assertThat(AccountRules.usernameProblems("a".repeat(101)))
                .containsExactly("A user name can be at most 100 characters; it has 101.");
    }

    @Test
    void a_display_name_fits_its_column_without_invisible_characters() {
        assertThat(AccountRules.displayNameProblems("Dana Whitfield, MD, MPH")).isEmpty();
        assertThat(AccountRules.displayNameProblems("\u00A0")).containsExactly("Enter the name shown to others.");
        assertThat(AccountRules.displayNameProblems("x".repeat(201))).singleElement().asString()
                .contains("at most 200 characters");
        assertThat(AccountRules.displayNameProblems("Dana\u0000")).singleElement().asString().contains("U+0000");
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThat(AccountRules.problems("", "")).hasSize(2);
    }

    @Test
    void temporary_passwords_are_readable_follow_the_password_rules_and_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String password = TemporaryPasswords.next();
            assertThat(password).matches("[a-hj-km-np-z2-9]{4}(-[a-hj-km-np-z2-9]{4}){3}");
            assertThat(PasswordRules.problem(password, null)).isEmpty();
            seen.add(password);
        }
        assertThat(seen).hasSize(1000);
    }
}
