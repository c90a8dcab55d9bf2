/** The approval screens: the inbox, the decision dialogs, the chain editor. */
@NullMarked
package health.staffing.approvals.ui;

import org.jspecify.annotations.NullMarked;
