package health.staffing.requisitions;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The people who run a requisition: who requested it, its hiring manager and its recruiter (user names). */
public record RequisitionTeam(long requisitionId, String reference, String title, String requestedBy,
        String hiringManager, String recruiter) {

    /**
     * "requester", "hiring manager" or "recruiter": the part this person plays, for messages; the
     * requester first, as that part is for good (HR can reassign the other two).
     */
    public @Nullable String partOf(@Nullable String username) {
        if (username == null) {
            return null;
        }
        if (username.equals(requestedBy)) {
            return "requester";
        }
        if (username.equals(hiringManager)) {
            return "hiring manager";
        }
        return username.equals(recruiter) ? "recruiter" : null;
    }

    /**
     * Why this person may not apply to the requisition (conflict of interest), or empty: whoever runs
     * it does not apply; HR can reassign a hiring manager or recruiter first, a requester never applies.
     */
    public Optional<String> whyNotApply(@Nullable String username) {
        String part = partOf(username);
        if (part == null) {
            return Optional.empty();
        }
        return Optional.of("requester".equals(part)
                ? "You requested this requisition, so you cannot apply to it (conflict of interest)."
                : "You run this requisition (as its " + part + "); ask HR to reassign it before you apply.");
    }
}
