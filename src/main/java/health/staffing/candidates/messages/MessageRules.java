package health.staffing.candidates.messages;

import health.staffing.base.TextLimits;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What a template accepts, with the column maxima of V26; the editor and the service say the same. */
public final class MessageRules {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 4000;

    private MessageRules() {
    }

    public static Optional<String> subject(@Nullable String subject) {
        if (TextLimits.isBlank(subject)) {
            return Optional.of("Enter the subject.");
        }
        return TextLimits.problem("The subject", subject, MAX_SUBJECT).or(() -> fields(subject));
    }

    public static Optional<String> body(@Nullable String body) {
        if (TextLimits.isBlank(body)) {
            return Optional.of("Enter the message.");
        }
        return TextLimits.textProblem("The message", body, MAX_BODY).or(() -> fields(body));
    }

    private static Optional<String> fields(String text) {
        List<String> unknown = MergeFields.unknown(text);
        return unknown.isEmpty() ? Optional.empty()
                : Optional.of("Unknown merge field" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                        + ". Use " + String.join(", ", MergeFields.KNOWN.keySet().stream().map(f -> "{" + f + "}")
                                .toList()) + ".");
    }
}
