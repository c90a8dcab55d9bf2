/**
 * Messages to candidates, a nested module of candidates: one HR-editable template per
 * {@link health.staffing.candidates.MessageKind} with merge fields ({@link health.staffing.candidates.messages.MergeFields}),
 * sending one or many from the candidate grid through the parent's
 * {@link health.staffing.candidates.CandidateMessages} port after a preview of each rendered message, and
 * the application's timeline of what was sent. The next interview's time comes from
 * {@link health.staffing.candidates.interviews}. {@code ui} is internal: the templates page and the
 * application's "Messages" tab.
 */
@ApplicationModule(displayName = "Messages", allowedDependencies = {"candidates", "candidates :: screens",
        "candidates.interviews", "requisitions", "people", "security", "notifications", "base"})
@NullMarked
package health.staffing.candidates.messages;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
