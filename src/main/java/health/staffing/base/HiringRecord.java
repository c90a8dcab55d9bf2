package health.staffing.base;

import org.jspecify.annotations.Nullable;

/**
 * The hiring record an audit event belongs to: a requisition and, when there is one, the
 * application. Events that carry one are candidate data and are shown only to people who may read
 * that application (see {@link HiringRecordVisibility}).
 */
public record HiringRecord(long requisitionId, @Nullable Long applicationId) {

    public static HiringRecord ofRequisition(long requisitionId) {
        return new HiringRecord(requisitionId, null);
    }

    public static HiringRecord ofApplication(long requisitionId, long applicationId) {
        return new HiringRecord(requisitionId, applicationId);
    }
}
