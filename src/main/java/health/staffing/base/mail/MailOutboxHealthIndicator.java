package health.staffing.base.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The outbox's backlog for operations: the health component {@code mailOutbox} (the bean's name less
 * "HealthIndicator"; part of readiness) and the gauges {@code portal.mail.outbox.pending}, {@code .failed}
 * and {@code .oldest.wait} (seconds).
 * <p>
 * A backlog whose oldest mail waited longer than {@code portal.mail.outbox.late-after} (default 15 min) is
 * {@code DEGRADED}, which answers HTTP 200: the mail server is what is wrong, and taking every instance
 * out of the load balancer (they share the outbox) would stop the portal without sending a mail more.
 * A probe reads the backlog (one indexed query); the gauges read it at most every 10 s however often
 * Prometheus scrapes.
 */
@Component
class MailOutboxHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "mail waits longer than it should");
    private static final Duration FRESH = Duration.ofSeconds(10);

    private final MailOutbox outbox;
    private final Clock clock;
    private final Duration lateAfter;
    private volatile MailOutbox.Backlog backlog = new MailOutbox.Backlog(0, null, 0);
    private volatile Instant readAt = Instant.MIN;

    MailOutboxHealthIndicator(MailOutbox outbox, Clock clock, MeterRegistry meters,
            @Value("${portal.mail.outbox.late-after:PT15M}") Duration lateAfter) {
        this.outbox = outbox;
        this.clock = clock;
        this.lateAfter = lateAfter;
        Gauge.builder("portal.mail.outbox.pending", this, health -> health.backlog().pending())
                .description("Mails waiting to be sent").register(meters);
        Gauge.builder("portal.mail.outbox.failed", this, health -> health.backlog().failed())
                .description("Mails given up on (kept with their error)").register(meters);
        Gauge.builder("portal.mail.outbox.oldest.wait", this,
                health -> health.backlog().oldestWait(clock.instant()).toMillis() / 1000.0)
                .baseUnit("seconds").description("How long the oldest waiting mail has waited").register(meters);
    }

    @Override
    public Health health() {
        MailOutbox.Backlog now = outbox.backlog();
        Duration oldest = now.oldestWait(clock.instant());
        return Health.status(oldest.compareTo(lateAfter) > 0 ? DEGRADED : Status.UP)
                .withDetail("pending", now.pending())
                .withDetail("oldestWaitSeconds", oldest.toSeconds())
                .withDetail("failed", now.failed())
                .build();
    }

    /** The gauges' backlog, read again when the last reading is older than 10 s. */
    MailOutbox.Backlog backlog() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH).isBefore(now)) {
            backlog = outbox.backlog();
            readAt = now;
        }
        return backlog;
    }
}
