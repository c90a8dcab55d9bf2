package health.staffing.candidates.messages;

import health.staffing.candidates.MessageKind;
import java.time.Instant;

/** A template as the editor shows it. */
public record TemplateSummary(MessageKind kind, long version, String subject, String body, Instant modifiedAt,
        String modifiedBy) {
}
