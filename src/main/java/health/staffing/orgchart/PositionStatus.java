package health.staffing.orgchart;

public enum PositionStatus {
    ACTIVE,
    RETIRED
}
