package health.staffing.candidates.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.screening.expiring-within-days}: a met criterion shows as "expiring" when its
 * credential lapses within this many days from today (default 90).
 */
@ConfigurationProperties("portal.screening")
public record ScreeningProperties(Integer expiringWithinDays) {

    public static final int DEFAULT_EXPIRING_WITHIN_DAYS = 90;

    public ScreeningProperties {
        if (expiringWithinDays == null || expiringWithinDays < 0) {
            expiringWithinDays = DEFAULT_EXPIRING_WITHIN_DAYS;
        }
    }
}
