/**
 * The dashboard's screen (internal to {@code insight}): the filter bar, the panels, the server-drawn SVG
 * charts with their tables, and the drill-down addresses.
 */
@NullMarked
package health.staffing.insight.ui;

import org.jspecify.annotations.NullMarked;
