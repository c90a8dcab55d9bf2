package health.staffing.orgchart;

public record OrgChartCounts(long organisations, long positions, long vacancies) {
}
