package health.staffing.candidates.offers;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an offer stands. An offer inside the posted range is EXTENDED at once; one outside it waits
 * for the CMO office (PENDING_EXCEPTION) and is then EXTENDED or REJECTED_EXCEPTION. The candidate
 * ACCEPTS or DECLINES an extended offer; HR may RESCIND an open one.
 */
public enum OfferStatus {
    PENDING_EXCEPTION("Waiting for the CMO office"),
    EXTENDED("Extended"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    RESCINDED("Rescinded"),
    REJECTED_EXCEPTION("Exception rejected");

    /** Open offers: an application has at most one. */
    public static final Set<OfferStatus> OPEN = EnumSet.of(PENDING_EXCEPTION, EXTENDED);
    /** What the candidate is shown: never an exception that is still internal to HR and the CMO office. */
    static final Set<OfferStatus> SHOWN_TO_CANDIDATE = EnumSet.of(EXTENDED, ACCEPTED, DECLINED, RESCINDED);

    private final String label;

    OfferStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
