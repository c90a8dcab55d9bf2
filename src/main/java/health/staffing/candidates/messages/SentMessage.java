package health.staffing.candidates.messages;

import health.staffing.candidates.MessageKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message on the application's timeline; {@code recipient} is null when no email address was on record. */
public record SentMessage(long id, long applicationId, MessageKind kind, @Nullable String recipient, String subject,
        String body, Instant sentAt, String sentBy) {
}
