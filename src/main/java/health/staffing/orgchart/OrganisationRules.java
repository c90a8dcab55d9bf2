package health.staffing.orgchart;

import health.staffing.base.TextLimits;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an organisation's fields must hold, one rule per field: {@link Organisation} refuses with these
 * words, and the new-organisation dialog shows them on the field before the service is asked.
 */
public final class OrganisationRules {

    /** The code's pattern (1 to 20 letters, digits or dashes); the column holds 20. */
    public static final int MAX_CODE = 20;

    private OrganisationRules() {
    }

    /** Short and stable: compared in upper case, as it is stored. */
    public static Optional<String> code(@Nullable String value) {
        String code = value == null ? "" : value.trim().toUpperCase();
        return code.matches("[A-Z0-9][A-Z0-9-]{0," + (MAX_CODE - 1) + "}") ? Optional.empty()
                : Optional.of("An organisation code has 1 to 20 letters, digits or dashes, e.g. MGB.");
    }

    public static Optional<String> name(@Nullable String value) {
        return value == null || value.isBlank() ? Optional.of("An organisation needs a name.")
                : TextLimits.problem("The name", value, OrgChartLimits.MAX_ORGANISATION_NAME);
    }

    public static Optional<String> city(@Nullable String value) {
        return TextLimits.problem("The city", value, OrgChartLimits.MAX_CITY);
    }

    /** Optional; when given, a two-letter code (the same rule as a seat's). */
    public static Optional<String> state(@Nullable String value) {
        return PositionRules.state(value);
    }
}
