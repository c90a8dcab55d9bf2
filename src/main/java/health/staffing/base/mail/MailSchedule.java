package health.staffing.base.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every instance sends due mail every few seconds ({@code portal.mail.outbox.poll}, default 5 s; claiming
 * keeps them apart) and once an hour forgets sent mail older than 30 days: the record of what was sent
 * is not kept longer than a mailbox would need to resend it. Tests dispatch by hand
 * ({@code portal.mail.outbox.schedule=false}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "portal.mail.outbox.schedule", havingValue = "true", matchIfMissing = true)
class MailSchedule {

    static final Duration KEEP_SENT = Duration.ofDays(30);

    private final MailDispatcher dispatcher;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MailSchedule(MailDispatcher dispatcher, JdbcTemplate jdbc, Clock clock) {
        this.dispatcher = dispatcher;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${portal.mail.outbox.poll:PT5S}", fixedDelayString = "${portal.mail.outbox.poll:PT5S}")
    void dispatch() {
        dispatcher.sendDue();
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void forgetOldSentMail() {
        jdbc.update("delete from mail_outbox where status = 'SENT' and sent_at < ?",
                Timestamp.from(clock.instant().minus(KEEP_SENT)));
    }
}
