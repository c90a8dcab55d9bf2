package health.staffing.orgchart;

import org.jspecify.annotations.Nullable;

public record OrganisationSummary(long id, String code, String name, @Nullable String city, @Nullable String state) {
}
