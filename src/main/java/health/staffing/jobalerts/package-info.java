/**
 * Saved job searches and job alerts: a caregiver keeps a job board search under a name (the board
 * saves it through {@link health.staffing.requisitions.SavedJobSearches}) and is emailed as soon as a
 * matching role is posted or in a daily digest, with a link that turns the alert off. A sweep matches
 * every saved search against the few new postings in memory (see {@link health.staffing.jobalerts.JobAlertSweep}).
 * {@code ui} is internal: the saved-searches page and the unsubscribe page.
 */
@ApplicationModule(displayName = "Job alerts")
@NullMarked
package health.staffing.jobalerts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
