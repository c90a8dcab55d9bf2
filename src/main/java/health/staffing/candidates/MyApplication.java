package health.staffing.candidates;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One of the signed-in caregiver's applications, as they see it (never HR's internal reasons). */
public record MyApplication(long id, long version, String reference, String title, Instant submittedAt,
        ApplicationStage stage, String status, List<DocumentKind> documents, List<MyStageChange> history,
        @Nullable Contact recruiter) {

    /** Whom the caregiver may ask about the application: the requisition's recruiter. */
    public record Contact(String name, @Nullable String email) {
    }

    /** The same application with the recruiter to contact. */
    public MyApplication withRecruiter(@Nullable Contact contact) {
        return new MyApplication(id, version, reference, title, submittedAt, stage, status, documents, history, contact);
    }

    public boolean withdrawable() {
        return !stage.isFinal();
    }
}
