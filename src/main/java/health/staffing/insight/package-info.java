/**
 * Insight: the hiring dashboard at {@code /dashboard}. It owns no data; it reads the requisitions',
 * approvals', applications', offers' and org chart's tables as aggregates (one query per panel, medians
 * and p90 computed by the database) under the same row rules as their grids: a hiring manager's own
 * requisitions, the hiring team's candidates through {@link health.staffing.candidates.HiringAccess}, and
 * no candidate-level figure for the CMO office, finance or administrators. Every figure links to the grid
 * of its records, filtered the same way. {@code ui} is internal: the view and its server-drawn charts
 * (decision 12).
 */
@ApplicationModule(displayName = "Insight", allowedDependencies = {"requisitions", "candidates", "orgchart", "security",
        "base"})
@NullMarked
package health.staffing.insight;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
