package health.staffing.approvals;

import health.staffing.base.TextLimits;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an approver decides on a waiting step. On a consulted (dotted-line) step, APPROVE records
 * "consulted"; such a step cannot REJECT but may REQUEST_CHANGES (decision 5).
 */
public enum Decision {
    APPROVE("Approve"),
    REJECT("Reject"),
    REQUEST_CHANGES("Request changes");

    /** A rejection's reason becomes the requisition's closing reason, a 1,000-character column. */
    public static final int MAX_COMMENT = 1000;

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Rejecting and requesting changes need a comment; any comment fits its column. */
    public boolean needsComment() {
        return this != APPROVE;
    }

    /** Why this decision cannot be sent with this comment, or empty. The inbox and the service share it. */
    public Optional<String> commentProblem(@Nullable String comment) {
        if (needsComment() && (comment == null || comment.isBlank())) {
            return Optional.of(this == REJECT ? "A rejection needs a reason: say why the requisition is rejected."
                    : "Say what should change: requesting changes needs a comment.");
        }
        return TextLimits.textProblem(this == REJECT ? "The reason" : "The comment", comment, MAX_COMMENT);
    }
}
