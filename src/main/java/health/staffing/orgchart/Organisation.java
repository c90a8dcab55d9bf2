package health.staffing.orgchart;

import health.staffing.base.AbstractEntity;
import health.staffing.base.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A legal entity of the health system ("Mass General Brigham (Enterprise Services)"). */
@Entity
@Table(name = "organisation")
class Organisation extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 100)
    private @Nullable String city;

    @Column(length = 2)
    private @Nullable String state;

    protected Organisation() {
    }

    Organisation(String code, String name, String city, String state) {
        for (Optional<String> problem : List.of(OrganisationRules.code(code), OrganisationRules.name(name),
                OrganisationRules.city(city), OrganisationRules.state(state))) {
            problem.ifPresent(message -> {
                throw new DomainException(message);
            });
        }
        String normalisedCode = code.trim().toUpperCase();
        String normalisedState = state == null || state.isBlank() ? null : state.trim().toUpperCase();
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

    @Nullable String getCity() {
        return city;
    }

    @Nullable String getState() {
        return state;
    }

    OrganisationSummary toSummary() {
        return new OrganisationSummary(getId(), code, name, city, state);
    }
}
