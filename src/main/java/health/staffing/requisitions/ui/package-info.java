/** The requisition screens: the list, the form, the detail with its tabs, the posting editor, the job board. */
@NullMarked
package health.staffing.requisitions.ui;

import org.jspecify.annotations.NullMarked;
