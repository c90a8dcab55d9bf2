package health.staffing.candidates;

import java.time.Instant;
import java.util.List;

/** One of the signed-in caregiver's applications, as they see it (never HR's internal reasons). */
public record MyApplication(long id, long version, String reference, String title, Instant submittedAt,
        ApplicationStage stage, String status, List<DocumentKind> documents, List<MyStageChange> history) {

    public boolean withdrawable() {
        return !stage.isFinal();
    }
}
