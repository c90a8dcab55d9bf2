package health.staffing.requisitions;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.pay-transparency.max-range-ratio}: how wide a posted salary range may be, as
 * maximum / minimum (1.5: a range starting at $200,000 may go up to $300,000).
 */
@ConfigurationProperties("portal.pay-transparency")
public record PayTransparencyProperties(BigDecimal maxRangeRatio) {

    public static final BigDecimal DEFAULT_RATIO = new BigDecimal("1.5");

    public PayTransparencyProperties {
        maxRangeRatio = maxRangeRatio == null ? DEFAULT_RATIO : maxRangeRatio;
        if (maxRangeRatio.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("portal.pay-transparency.max-range-ratio must be at least 1");
        }
    }
}
