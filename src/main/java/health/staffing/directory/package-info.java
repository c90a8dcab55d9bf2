/**
 * The employee directory kept in step with the HR system (Workday, UKG, Oracle HCM): its nightly employee
 * file checked as a whole, previewed and applied in one transaction, and terminations carried out on their
 * day (the seat vacated, the account disabled). Uses people, the org chart and accounts; nothing uses it.
 */
@NullMarked
package health.staffing.directory;

import org.jspecify.annotations.NullMarked;
