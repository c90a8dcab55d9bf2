/** HR's screen of the employee directory and its import of the HR system's file. */
@NullMarked
package health.staffing.directory.ui;

import org.jspecify.annotations.NullMarked;
