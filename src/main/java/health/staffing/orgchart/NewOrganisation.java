package health.staffing.orgchart;

public record NewOrganisation(String code, String name, String city, String state) {
}
