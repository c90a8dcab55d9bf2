package health.staffing.jobalerts;

import health.staffing.requisitions.AlertFrequency;

/** What the unsubscribe page may show to whoever holds the link: the search's name and its alerts. */
public record AlertSubscription(String name, AlertFrequency frequency) {
}
