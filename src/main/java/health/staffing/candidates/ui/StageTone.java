package health.staffing.candidates.ui;

import health.staffing.candidates.ApplicationStage;

/** The badge tone of an application's stage, the same on every screen that lists applications. */
public final class StageTone {

    private StageTone() {
    }

    public static String of(ApplicationStage stage) {
        return switch (stage) {
            case HIRED, OFFER, FINALIST -> "success";
            case REJECTED, WITHDRAWN -> "error";
            default -> "neutral";
        };
    }
}
