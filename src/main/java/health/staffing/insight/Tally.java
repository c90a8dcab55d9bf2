package health.staffing.insight;

import java.math.BigDecimal;

/**
 * One bar of a breakdown: {@code key} is what a drill-down filters by (a status name, an entity code, a
 * user name, an age band), {@code label} what people read. Cost is what the requisitions' openings
 * would pay a year at the bottom and top of their ranges (zero where no range was set).
 */
public record Tally(String key, String label, long count, BigDecimal costMin, BigDecimal costMax) {
}
