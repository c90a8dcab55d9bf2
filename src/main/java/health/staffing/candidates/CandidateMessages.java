package health.staffing.candidates;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sending candidates a templated message from the candidate grid (one or many at once): declared
 * here and implemented by the messages sub-module, so the grid never depends on it.
 */
public interface CandidateMessages {

    /** A message as it will be sent (or was): to whom, and the text with its merge fields filled. */
    record Rendered(long applicationId, String candidateName, @Nullable String to, String subject, String body) {
    }

    /** Each selected application's message, rendered, before anything is sent. */
    List<Rendered> preview(Collection<Long> applicationIds, MessageKind kind);

    /** Sends each selected application its message and keeps it on the application's timeline; how many. */
    int send(Collection<Long> applicationIds, MessageKind kind);
}
