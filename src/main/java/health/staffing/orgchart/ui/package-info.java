/**
 * The org chart screens: the chart with its solid and dotted lines, the seat panel, the HR dialogs that
 * change the structure, and the CSV export and import.
 */
@NullMarked
package health.staffing.orgchart.ui;

import org.jspecify.annotations.NullMarked;
