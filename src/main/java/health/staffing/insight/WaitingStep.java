package health.staffing.insight;

/** An approval step requisitions wait at now: how many, and for how long (days, median and longest). */
public record WaitingStep(String step, long count, double medianDays, double longestDays) {
}
