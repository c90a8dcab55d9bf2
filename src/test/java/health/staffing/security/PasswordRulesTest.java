package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NIST SP 800-63B: length and a breached-password list, no composition rules. */
class PasswordRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "leadership-demo", "ошибка-пароль-12", "lowercaseonlyphrase",
            "   spaces count too  "})
    void long_uncommon_passwords_of_any_composition_are_accepted(String password) {
        assertThat(PasswordRules.problem(password, "jordan")).isEmpty();
    }

    @Test
    void length_is_counted_in_characters_and_bounded_for_bcrypt() {
        assertThat(PasswordRules.problem("elevenchars", "jordan")).hasValueSatisfying(p -> assertThat(p).contains("12"));
        assertThat(PasswordRules.problem("x".repeat(65), "jordan")).hasValueSatisfying(p -> assertThat(p).contains("64"));
        assertThat(PasswordRules.problem("é".repeat(40), "jordan")).hasValueSatisfying(p -> assertThat(p).contains("64"));
    }

    @Test
    void breached_passwords_the_user_name_and_one_repeated_character_are_refused() {
        assertThat(PasswordRules.commonPasswords()).isGreaterThan(90);
        assertThat(PasswordRules.problem("Password1234", "jordan")).hasValueSatisfying(p -> assertThat(p).contains("list"));
        assertThat(PasswordRules.problem("QWERTYUIOP12", "jordan")).isPresent();
        assertThat(PasswordRules.problem("my-name-is-Jordan", "jordan")).hasValueSatisfying(p -> assertThat(p).contains("user name"));
        assertThat(PasswordRules.problem("zzzzzzzzzzzzzz", "jordan")).hasValueSatisfying(p -> assertThat(p).contains("repeated"));
    }
}
