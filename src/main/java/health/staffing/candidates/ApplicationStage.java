package health.staffing.candidates;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stages of an application and the moves between them. HR moves an application forward or
 * rejects it (with a reason); the caregiver may withdraw it until it is final.
 */
public enum ApplicationStage {
    APPLIED("Applied", "Received"),
    SCREENING("Screening", "Under review"),
    INTERVIEW("Interview", "Interviewing"),
    FINALIST("Finalist", "Final round"),
    OFFER("Offer", "Offer extended"),
    HIRED("Hired", "Hired — congratulations"),
    REJECTED("Rejected", "Not selected"),
    WITHDRAWN("Withdrawn", "Withdrawn by you");

    private final String label;
    private final String caregiverText;

    ApplicationStage(String label, String caregiverText) {
        this.label = label;
        this.caregiverText = caregiverText;
    }

    public String label() {
        return label;
    }

    /** What the caregiver reads about their own application. */
    public String caregiverText() {
        return caregiverText;
    }

    /** What happens next, as the caregiver reads it; empty once the application has ended. */
    public Optional<String> caregiverNextStep() {
        return Optional.ofNullable(switch (this) {
            case APPLIED -> "HR checks your application against the posting's requirements.";
            case SCREENING -> "The hiring team reviews your application; if it is taken further, you are invited to"
                    + " interviews.";
            case INTERVIEW -> "Interviews: each invitation arrives by email with a calendar file and shows here.";
            case FINALIST -> "You are in the final round; the hiring team is deciding.";
            case OFFER -> "An offer waits for your answer below.";
            case HIRED, REJECTED, WITHDRAWN -> null;
        });
    }

    public boolean isFinal() {
        return this == HIRED || this == REJECTED || this == WITHDRAWN;
    }

    /** The stages this one may move to. */
    public Set<ApplicationStage> next() {
        if (isFinal()) {
            return EnumSet.noneOf(ApplicationStage.class);
        }
        EnumSet<ApplicationStage> next = EnumSet.of(REJECTED, WITHDRAWN);
        if (this != OFFER) {
            next.add(values()[ordinal() + 1]);
        } else {
            next.add(HIRED);
        }
        return next;
    }

    /**
     * This stage and the later ones on the way to hired (rejected and withdrawn are not on it): the
     * applications that reached this stage are those whose furthest stage is one of these.
     */
    public List<ApplicationStage> andLater() {
        List<ApplicationStage> later = new ArrayList<>();
        for (ApplicationStage stage : values()) {
            if (stage.ordinal() >= ordinal() && stage.ordinal() <= HIRED.ordinal()) {
                later.add(stage);
            }
        }
        return later;
    }

    public boolean canMoveTo(ApplicationStage target) {
        return next().contains(target);
    }
}
