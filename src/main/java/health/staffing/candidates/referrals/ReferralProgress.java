package health.staffing.candidates.referrals;

import health.staffing.candidates.ApplicationStage;

/**
 * How far a referral went, as the referrer may know it: the application's stage is folded into
 * "in process" and an ending into "closed", so no decision and no reason reaches the referrer.
 */
public enum ReferralProgress {
    REFERRED("Referred: not applied yet"),
    APPLIED("Applied"),
    IN_PROCESS("In process"),
    HIRED("Hired"),
    CLOSED("No longer in consideration");

    private final String label;

    ReferralProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ReferralProgress of(ApplicationStage stage) {
        return switch (stage) {
            case APPLIED -> APPLIED;
            case SCREENING, INTERVIEW, FINALIST, OFFER -> IN_PROCESS;
            case HIRED -> HIRED;
            case REJECTED, WITHDRAWN -> CLOSED;
        };
    }
}
