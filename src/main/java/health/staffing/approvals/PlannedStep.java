package health.staffing.approvals;

import org.jspecify.annotations.Nullable;

/**
 * A step as routing planned it. {@code skippedReason} is set for steps that do not apply; they are
 * kept so the trail shows why they were not asked.
 */
record PlannedStep(String label, @Nullable String role, @Nullable String username, String approverName,
        boolean consulted, @Nullable String skippedReason) {

    boolean skipped() {
        return skippedReason != null;
    }
}
