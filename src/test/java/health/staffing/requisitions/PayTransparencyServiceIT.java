package health.staffing.requisitions;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.DatabaseTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The table of laws (V24) as the form and the submission read it, on H2 and PostgreSQL. */
@DatabaseTest
@WithMockUser(username = "manager", roles = "HIRING_MANAGER")
class PayTransparencyServiceIT {

    @Autowired
    PayTransparencyService payTransparency;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Boston;MA;Massachusetts pay transparency law (Chapter 141 of the Acts of 2024)",
            "Albany;NY;New York Labor Law § 194-b",
            "Baltimore;MD;Maryland Labor and Employment § 3-304.2 (HB 649 of 2024)",
            "Irvine;CA;California Labor Code § 432.3 (SB 1162)",
            "Denver;CO;Colorado Equal Pay for Equal Work Act (C.R.S. § 8-5-201)",
            "Seattle;WA;Washington RCW 49.58.110",
            "Chicago;IL;Illinois Equal Pay Act (820 ILCS 112/10, HB 3129)",
            "Rochester;MN;Minnesota Statutes § 181.173",
            "Newark;NJ;New Jersey pay transparency law (P.L. 2024, c. 91)",
            "Burlington;VT;Vermont 21 V.S.A. § 495o (Act 155 of 2024)",
            "Honolulu;HI;Hawaii Revised Statutes § 378-2.4 (Act 203 of 2023)",
            "Washington;DC;D.C. Wage Transparency Omnibus Amendment Act of 2023"})
    void each_state_in_the_table_is_named_by_its_law(String city, String state, String law) {
        assertThat(payTransparency.rulesAt(city, state)).containsExactly(law);
        assertThat(payTransparency.problems(null, new BigDecimal("300000"), city, state)).singleElement().asString()
                .contains(law);
    }

    @Test
    void new_york_city_names_the_city_law_then_the_state_law_and_lower_case_is_fine() {
        assertThat(payTransparency.rulesAt("brooklyn", "ny"))
                .containsExactly("NYC Local Law 32 of 2022", "New York Labor Law § 194-b");
    }

    @Test
    void a_state_outside_the_table_or_none_falls_back_to_the_health_systems_policy() {
        assertThat(payTransparency.rulesAt("Hartford", "CT")).containsExactly(PayTransparencyPolicy.HEALTH_SYSTEM);
        assertThat(payTransparency.rulesAt("", "")).containsExactly(PayTransparencyPolicy.HEALTH_SYSTEM);
        assertThat(payTransparency.requirementAt("Hartford", "CT")).isEqualTo("Pay transparency: the health system's"
                + " pay-transparency policy — a closed range, the maximum at most 1.5 times the minimum.");
    }
}
