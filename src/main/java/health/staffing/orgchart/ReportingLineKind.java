package health.staffing.orgchart;

/**
 * SOLID: the one line manager (the primary reporting relationship). DOTTED: a labelled matrix or
 * secondary reporting relationship ("secondary reporting relationship to the COO", "quality
 * oversight"); approvals consult it. DYAD: a peer pairing of a physician leader and an administrator
 * who lead together, drawn between the two boxes without an arrow; each seat has at most one.
 */
public enum ReportingLineKind {
    SOLID,
    DOTTED,
    DYAD
}
