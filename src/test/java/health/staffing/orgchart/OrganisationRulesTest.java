package health.staffing.orgchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.base.DomainException;
import org.junit.jupiter.api.Test;

/** An organisation's field rules at their bounds, and the entity refusing with the same words. */
class OrganisationRulesTest {

    @Test
    void a_code_has_1_to_20_letters_digits_or_dashes_in_any_case() {
        assertThat(OrganisationRules.code("mgb")).isEmpty();
        assertThat(OrganisationRules.code("A".repeat(20))).isEmpty();
        assertThat(OrganisationRules.code("MGB-2")).isEmpty();
        assertThat(OrganisationRules.code("A".repeat(21))).isPresent();
        assertThat(OrganisationRules.code("-MGB")).isPresent();
        assertThat(OrganisationRules.code("M G B")).isPresent();
        assertThat(OrganisationRules.code(null)).isPresent();
    }

    @Test
    void a_name_is_required_and_fits_its_column() {
        assertThat(OrganisationRules.name(" ")).contains("An organisation needs a name.");
        assertThat(OrganisationRules.name("N".repeat(OrgChartLimits.MAX_ORGANISATION_NAME))).isEmpty();
        assertThat(OrganisationRules.name("N".repeat(OrgChartLimits.MAX_ORGANISATION_NAME + 1))).isPresent();
    }

    @Test
    void city_and_state_are_optional_but_checked_when_given() {
        assertThat(OrganisationRules.city(null)).isEmpty();
        assertThat(OrganisationRules.city("C".repeat(OrgChartLimits.MAX_CITY + 1))).isPresent();
        assertThat(OrganisationRules.state("")).isEmpty();
        assertThat(OrganisationRules.state("ma")).isEmpty();
        assertThat(OrganisationRules.state("MAS")).isPresent();
    }

    @Test
    void the_organisation_refuses_with_the_rule_words_and_keeps_what_is_normalised() {
        assertThatThrownBy(() -> new Organisation("M G B", "Mass General Brigham", null, null))
                .isInstanceOf(DomainException.class).hasMessage(OrganisationRules.code("M G B").orElseThrow());
        assertThatThrownBy(() -> new Organisation("MGB", "Mass General Brigham", null, "M1"))
                .isInstanceOf(DomainException.class).hasMessage(OrganisationRules.state("M1").orElseThrow());
        Organisation organisation = new Organisation(" mgb ", " Mass General Brigham ", " ", "ma");
        assertThat(organisation.getCode()).isEqualTo("MGB");
        assertThat(organisation.getName()).isEqualTo("Mass General Brigham");
        assertThat(organisation.getCity()).isNull();
        assertThat(organisation.getState()).isEqualTo("MA");
    }
}
