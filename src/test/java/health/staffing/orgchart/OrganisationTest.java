package health.staffing.orgchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.base.DomainException;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    @Test
    void code_and_state_are_normalised() {
        Organisation organisation = new Organisation(" mph ", " MetroPlusHealth ", " New York ", "ny");

        assertThat(organisation.getCode()).isEqualTo("MPH");
        assertThat(organisation.getName()).isEqualTo("MetroPlusHealth");
        assertThat(organisation.getCity()).isEqualTo("New York");
        assertThat(organisation.getState()).isEqualTo("NY");
    }

    @Test
    void a_code_name_and_real_state_are_required() {
        assertThatThrownBy(() -> new Organisation(" ", "Name", null, null)).isInstanceOf(DomainException.class)
                .hasMessageContaining("organisation code");
        assertThatThrownBy(() -> new Organisation("M G B", "Name", null, null)).hasMessageContaining("organisation code");
        assertThatThrownBy(() -> new Organisation("MGB", " ", null, null)).hasMessage("An organisation needs a name.");
        assertThatThrownBy(() -> new Organisation("MGB", "Name", null, "Mass")).hasMessageContaining("two-letter");
    }
}
