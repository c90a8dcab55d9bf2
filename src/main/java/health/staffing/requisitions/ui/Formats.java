package health.staffing.requisitions.ui;

import health.staffing.base.ui.component.Badge;
import health.staffing.requisitions.RequisitionStatus;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How requisition screens write money, FTE, times and statuses, so every screen says them the same way. */
final class Formats {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.US);

    private Formats() {
    }

    static String money(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    static String range(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return "Not set";
        }
        return money(min) + " – " + money(max);
    }

    static String fte(BigDecimal fte, BigDecimal adminFte) {
        return fte.stripTrailingZeros().toPlainString() + " FTE (" + adminFte.stripTrailingZeros().toPlainString()
                + " administrative, " + fte.subtract(adminFte).stripTrailingZeros().toPlainString() + " clinical)";
    }

    static String day(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US).format(instant.atZone(zone));
    }

    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "—" : DAY_TIME.format(instant.atZone(zone));
    }

    static Badge status(RequisitionStatus status) {
        String tone = switch (status) {
            case APPROVED, POSTED, FILLED -> "success";
            case PENDING_APPROVAL, CHANGES_REQUESTED, ON_HOLD -> "warning";
            case REJECTED, CANCELLED -> "error";
            case DRAFT -> "neutral";
        };
        Badge badge = new Badge(status.label(), tone);
        badge.addClassName("status-badge");
        return badge;
    }
}
