/** The message templates page and the application's "Messages" tab. */
@NullMarked
package health.staffing.candidates.messages.ui;

import org.jspecify.annotations.NullMarked;
