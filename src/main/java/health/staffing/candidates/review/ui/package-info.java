/** The review screens: the candidate grid, the application detail and its tabs, the comparison. */
@NullMarked
package health.staffing.candidates.review.ui;

import org.jspecify.annotations.NullMarked;
