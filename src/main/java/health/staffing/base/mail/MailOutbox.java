package health.staffing.base.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where features put mail: rows written in the caller's transaction, so the mail exists exactly when
 * the decision does (a rollback drops it, a crash after the commit leaves it to be sent). Sending is
 * the {@link MailDispatcher}'s, never the user's request.
 * <p>
 * {@code portal.mail.enabled=false} (the embedded demo's default) records nothing: the portal's own
 * notices still appear under the bell.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final String INSERT = """
            insert into mail_outbox (kind, recipient, subject, body, unsubscribe, attachment_name, attachment_type,
                                     attachment, status, attempts, created_at, next_attempt_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean enabled;

    MailOutbox(JdbcTemplate jdbc, Clock clock, @Value("${portal.mail.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** Queues one mail in the current transaction (there must be one: the mail belongs to a decision). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        enqueueAll(List.of(mail));
    }

    /** Queues many mails in one batch (a job alert sweep's), in the current transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueAll(Collection<OutgoingMail> mails) {
        if (!enabled) {
            log.debug("Mail disabled: {} mails not queued", mails.size());
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate(INSERT, mails.stream().map(mail -> new @Nullable Object[] {mail.kind(), mail.to(),
                mail.subject(), mail.body(), mail.unsubscribe(), attachment(mail, OutgoingMail.Attachment::name),
                attachment(mail, OutgoingMail.Attachment::contentType),
                attachment(mail, OutgoingMail.Attachment::content), now, now}).toList());
    }

    /** What waits to be sent and what was given up on: for health, metrics and the operations team. */
    public record Backlog(long pending, @Nullable Instant oldestPendingSince, long failed) {

        /** How long the oldest pending mail has waited; zero when none waits. */
        public Duration oldestWait(Instant now) {
            return oldestPendingSince == null ? Duration.ZERO : Duration.between(oldestPendingSince, now);
        }
    }

    /** Counts pending and failed mail (both read the status index). */
    @Transactional(readOnly = true)
    public Backlog backlog() {
        Backlog backlog = jdbc.queryForObject("""
                select sum(case when status = 'PENDING' then 1 else 0 end) as pending,
                       min(case when status = 'PENDING' then created_at end) as oldest,
                       sum(case when status = 'FAILED' then 1 else 0 end) as failed
                  from mail_outbox
                 where status in ('PENDING', 'FAILED')
                """, (rs, row) -> {
            Timestamp oldest = rs.getTimestamp("oldest");
            return new Backlog(rs.getLong("pending"), oldest == null ? null : oldest.toInstant(), rs.getLong("failed"));
        });
        return Objects.requireNonNull(backlog);
    }

    private static @Nullable String attachment(OutgoingMail mail,
            Function<OutgoingMail.Attachment, String> part) {
        OutgoingMail.Attachment attachment = mail.attachment();
        return attachment == null ? null : part.apply(attachment);
    }
}
