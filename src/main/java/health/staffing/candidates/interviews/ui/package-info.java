/** The interviews tab of an application, its scheduling dialog, and the caregiver's coming interviews. */
@NullMarked
package health.staffing.candidates.interviews.ui;

import org.jspecify.annotations.NullMarked;
