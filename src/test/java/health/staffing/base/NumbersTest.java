package health.staffing.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** People type amounts many ways; what cannot be read is refused, never read as something else. */
class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"$340,000.00|340000.00", "340000|340000", " 340,000 |340000", "$ 1,250,000|1250000",
            "280000.5|280000.5", "0|0"})
    void amounts_are_read_as_people_write_them(String typed, String expected) {
        assertThat(Numbers.amount(typed)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "NaN", "Infinity", "-0", "-5", "340,00", "34,0000", "1.234", "12a", "$", "",
            "١٢٣", "1 000", "0x10", "9999999999999999", "1,2,3", "340.000,00"})
    void anything_else_is_not_an_amount(String typed) {
        assertThat(Numbers.amount(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0.5,0.5", ".75,0.75", "1,1", "1.,1.0", "1.00,1.00"})
    void decimals_keep_their_value(String typed, String expected) {
        assertThat(Numbers.decimal(typed, 2)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.333", "1e-1", "-0.5", "NaN", "0,5", ".", "1.2.3"})
    void decimals_with_more_digits_or_signs_are_refused(String typed) {
        assertThat(Numbers.decimal(typed, 2)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "15a", "-1", "+2", "1e3", "9999999999", "", " ", "½"})
    void whole_numbers_are_only_digits(String typed) {
        assertThat(Numbers.whole(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"15,15", " 3 ,3", "007,7"})
    void whole_numbers_are_read_as_typed(String typed, int expected) {
        assertThat(Numbers.whole(typed)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "0.1e1"})
    void exponent_notation_is_never_taken_for_digits(String typed) {
        assertThat(Numbers.decimal(typed, 2)).isEmpty();
        assertThat(Numbers.amount(typed)).isEmpty();
        assertThat(Numbers.whole(typed)).isEmpty();
    }
}
