package health.staffing.approvals;

/**
 * A step as routing planned it. {@code skippedReason} is set for steps that do not apply; they are
 * kept so the trail shows why they were not asked.
 */
record PlannedStep(String label, String role, String username, String approverName, boolean consulted,
        String skippedReason) {

    boolean skipped() {
        return skippedReason != null;
    }
}
