/** Grids as files: every grid's rows and columns as CSV or Excel, streamed page by page. */
@NullMarked
package health.staffing.base.export;

import org.jspecify.annotations.NullMarked;
