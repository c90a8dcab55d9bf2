/**
 * Interviews, a nested module of candidates: HR or the hiring manager schedules an interview of an
 * application in Interview or Finalist with a panel of employees, who are assigned its scorecard
 * through the parent's {@link health.staffing.candidates.ReviewerAssignments} port; the candidate and
 * the panel receive an invitation with an iCalendar file (RFC 5545) whose UID stays and whose SEQUENCE
 * rises with each change or cancellation. Its API is this package
 * ({@link health.staffing.candidates.interviews.InterviewService} and what it returns); {@code ui} is
 * internal and adds the tab and the caregiver's interviews to the parent's screens through the
 * {@code screens} ports; home reads the panel's interviews. The parent never reaches into it.
 */
@ApplicationModule(displayName = "Interviews", allowedDependencies = {"candidates", "candidates :: screens",
        "requisitions", "people", "security", "notifications", "base"})
@NullMarked
package health.staffing.candidates.interviews;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
