package health.staffing.orgchart;

import health.staffing.base.AbstractEntity;
import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A legal entity of the health system ("Mass General Brigham (Enterprise Services)"). */
@Entity
@Table(name = "organisation")
class Organisation extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 100)
    private String city;

    @Column(length = 2)
    private String state;

    protected Organisation() {
    }

    Organisation(String code, String name, String city, String state) {
        String normalisedCode = code == null ? "" : code.trim().toUpperCase();
        if (!normalisedCode.matches("[A-Z0-9][A-Z0-9-]{0,19}")) {
            throw new DomainException("An organisation code has 1 to 20 letters, digits or dashes, e.g. MGB.");
        }
        if (name == null || name.isBlank()) {
            throw new DomainException("An organisation needs a name.");
        }
        TextLimits.require("The name", name, OrgChartLimits.MAX_ORGANISATION_NAME);
        TextLimits.require("The city", city, OrgChartLimits.MAX_CITY);
        String normalisedState = state == null || state.isBlank() ? null : state.trim().toUpperCase();
        if (normalisedState != null && !normalisedState.matches("[A-Z]{2}")) {
            throw new DomainException("State must be a two-letter code such as MA or NY.");
        }
        this.code = normalisedCode;
        this.name = name.trim();
        this.city = city == null || city.isBlank() ? null : city.trim();
        this.state = normalisedState;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    String getCity() {
        return city;
    }

    String getState() {
        return state;
    }

    OrganisationSummary toSummary() {
        return new OrganisationSummary(getId(), code, name, city, state);
    }
}
