/** The saved-searches page and the alert email's unsubscribe page. */
@NullMarked
package health.staffing.jobalerts.ui;

import org.jspecify.annotations.NullMarked;
