package health.staffing.orgchart;

public record OrganisationSummary(long id, String code, String name, String city, String state) {
}
