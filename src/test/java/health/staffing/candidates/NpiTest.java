package health.staffing.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NpiTest {

    @Test
    void the_cms_example_with_its_check_digit_is_valid() {
        assertThat(Npi.isValid("1234567893")).isTrue();
    }

    @Test
    void a_wrong_check_digit_is_refused_with_a_message() {
        assertThat(Npi.problem("1234567890")).contains("This NPI's check digit is wrong; please check the number.");
    }

    @Test
    void anything_but_ten_digits_is_refused() {
        assertThat(Npi.problem("123456789")).contains("An NPI is exactly 10 digits.");
        assertThat(Npi.problem("12345678931")).isPresent();
        assertThat(Npi.problem("12345a7893")).isPresent();
        assertThat(Npi.problem(null)).isPresent();
    }
}
