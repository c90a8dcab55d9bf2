/**
 * The organisation as a chart: organisations (legal entities of the health system), positions
 * (seats with title, department, location, FTE and its administrative/clinical split, an incumbent
 * or vacant) and the reporting lines between them. Each position has exactly one solid-line manager
 * (none for an organisation's top) and any number of labelled dotted lines, all with effective
 * dates so the chart can be read as of a day. Requisitions and approvals ask
 * {@link health.staffing.orgchart.OrgChartService} for managers, dotted-line partners and paths;
 * {@link health.staffing.orgchart.OrgStructureService} changes seats and lines (dated) and
 * {@link health.staffing.orgchart.IncumbencyService} who holds a seat and who is next in line.
 */
@NullMarked
package health.staffing.orgchart;

import org.jspecify.annotations.NullMarked;
