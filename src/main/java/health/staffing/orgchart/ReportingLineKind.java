package health.staffing.orgchart;

/** SOLID: the one line manager. DOTTED: a labelled matrix relationship ("quality oversight"). */
public enum ReportingLineKind {
    SOLID,
    DOTTED
}
