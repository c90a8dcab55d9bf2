package health.staffing.orgchart;

import health.staffing.base.AbstractEntity;
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
        this.code = code;
        this.name = name;
        this.city = city;
        this.state = state;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    OrganisationSummary toSummary() {
        return new OrganisationSummary(getId(), code, name, city, state);
    }
}
