package health.staffing.requisitions;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.pay-transparency.*}: {@code max-range-ratio}, how wide a posted salary range may be
 * as maximum / minimum (1.5: a range starting at $200,000 may go up to $300,000), and
 * {@code employer-headcount}, the health system's number of employees, which decides whether a law
 * with a threshold (Hawaii: 50 or more) reaches it. A health system passes every threshold in the
 * table; a small affiliate that runs its own portal sets its own figure.
 */
@ConfigurationProperties("portal.pay-transparency")
public record PayTransparencyProperties(BigDecimal maxRangeRatio, Integer employerHeadcount) {

    public static final BigDecimal DEFAULT_RATIO = new BigDecimal("1.5");
    public static final int DEFAULT_HEADCOUNT = 10_000;

    public PayTransparencyProperties {
        maxRangeRatio = maxRangeRatio == null ? DEFAULT_RATIO : maxRangeRatio;
        employerHeadcount = employerHeadcount == null ? DEFAULT_HEADCOUNT : employerHeadcount;
        if (maxRangeRatio.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("portal.pay-transparency.max-range-ratio must be at least 1");
        }
        if (employerHeadcount < 1) {
            throw new IllegalArgumentException("portal.pay-transparency.employer-headcount must be at least 1");
        }
    }
}
