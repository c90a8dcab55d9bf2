package health.staffing.base.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due mail, a batch per transaction and per connection to the mail server.
 * <p>
 * A batch's rows are claimed with {@code select … for update skip locked} (PostgreSQL and H2 alike), so
 * instances dispatching at once each take different rows and a mail goes out once; the claim is held
 * until the outcome is written in the same transaction, so a dispatcher killed mid-send leaves its rows
 * pending for the next one (a mail the server had already accepted may then arrive twice: at least
 * once, never lost). A failed send is retried after 1, 2, 4 … minutes (at most {@value #LONGEST_WAIT_MINUTES}
 * between tries) up to {@value #MAX_ATTEMPTS} attempts; a refusal that cannot change (a malformed or
 * unknown address) fails at once. Failed rows keep their last error.
 */
@Component
public class MailDispatcher {

    /** What one call did. */
    public record Sent(int sent, int retrying, int failed) {

        static final Sent NONE = new Sent(0, 0, 0);

        Sent plus(Sent other) {
            return new Sent(sent + other.sent, retrying + other.retrying, failed + other.failed);
        }
    }

    /** Mails per transaction and per connection to the mail server. */
    static final int BATCH = 100;
    static final int MAX_ATTEMPTS = 8;
    static final int LONGEST_WAIT_MINUTES = 120;

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final String CLAIM = """
            select id, kind, recipient, subject, body, unsubscribe, attachment_name, attachment_type, attachment,
                   attempts
              from mail_outbox
             where status = 'PENDING' and next_attempt_at <= ?
             order by next_attempt_at, id
             fetch first %d rows only
               for update skip locked
            """.formatted(BATCH);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final boolean enabled;
    private final String from;
    private final Counter sent;
    private final Counter retrying;
    private final Counter failed;

    MailDispatcher(JdbcTemplate jdbc, TransactionTemplate transaction, ObjectProvider<JavaMailSender> mailSender,
            Clock clock, MeterRegistry meters, @Value("${portal.mail.enabled:true}") boolean enabled,
            @Value("${portal.mail.from}") String from) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.mailSender = mailSender;
        this.clock = clock;
        this.enabled = enabled;
        this.from = from;
        this.sent = outcome(meters, "sent");
        this.retrying = outcome(meters, "retrying");
        this.failed = outcome(meters, "failed");
    }

    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder("portal.mail.dispatched").tag("outcome", outcome)
                .description("Mails the outbox sent, will try again, or gave up on").register(meters);
    }

    /** Sends batches until nothing is due; the schedule calls it, tests call it instead of waiting. */
    public Sent sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!enabled || sender == null) {
            return Sent.NONE;
        }
        Sent total = Sent.NONE;
        while (true) {
            Batch batch = transaction.execute(status -> sendBatch(sender));
            if (batch == null || batch.claimed() == 0) {
                return total;
            }
            total = total.plus(batch.outcome());
            sent.increment(batch.outcome().sent());
            retrying.increment(batch.outcome().retrying());
            failed.increment(batch.outcome().failed());
            if (batch.claimed() < BATCH) {
                return total;
            }
        }
    }

    private record Batch(int claimed, Sent outcome) {
    }

    private Batch sendBatch(JavaMailSender sender) {
        Instant now = clock.instant();
        List<Row> due = jdbc.query(CLAIM, MailDispatcher::row, Timestamp.from(now));
        if (due.isEmpty()) {
            return new Batch(0, Sent.NONE);
        }
        Map<Row, @Nullable Exception> outcome = new LinkedHashMap<>();
        Map<MimeMessage, Row> written = new IdentityHashMap<>();
        for (Row row : due) {
            try {
                written.put(message(sender, row), row);
                outcome.put(row, null);
            } catch (MessagingException | RuntimeException e) {
                outcome.put(row, e);
            }
        }
        if (!written.isEmpty()) {
            try {
                sender.send(written.keySet().toArray(MimeMessage[]::new));
            } catch (MailSendException e) {
                e.getFailedMessages().forEach((message, failure) -> {
                    Row row = written.get(message);
                    if (row != null) {
                        outcome.put(row, failure);
                    }
                });
            } catch (MailException e) {
                written.values().forEach(row -> outcome.put(row, e));
            }
        }
        List<Object[]> sent = new ArrayList<>();
        Sent result = Sent.NONE;
        for (Map.Entry<Row, @Nullable Exception> entry : outcome.entrySet()) {
            Exception failure = entry.getValue();
            if (failure == null) {
                sent.add(new Object[] {Timestamp.from(now), entry.getKey().id()});
            } else {
                result = result.plus(recordFailure(entry.getKey(), failure, now));
            }
        }
        jdbc.batchUpdate("update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?,"
                + " last_error = null where id = ?", sent);
        return new Batch(due.size(), result.plus(new Sent(sent.size(), 0, 0)));
    }

    private Sent recordFailure(Row row, Exception failure, Instant now) {
        int attempts = row.attempts() + 1;
        String error = describe(failure);
        if (isPermanent(failure) || attempts >= MAX_ATTEMPTS) {
            jdbc.update("update mail_outbox set status = 'FAILED', attempts = ?, last_error = ? where id = ?", attempts,
                    error, row.id());
            log.warn("Gave up emailing {} mail {} to {} after {} attempts: {}", row.kind(), row.id(), row.to(),
                    attempts, error);
            return new Sent(0, 0, 1);
        }
        Instant next = now.plus(retryAfter(attempts));
        jdbc.update("update mail_outbox set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?", attempts,
                Timestamp.from(next), error, row.id());
        // One line, no stack trace: an unreachable mail server would otherwise flood the log.
        log.warn("Could not email {} mail {} to {} (attempt {} of {}, next at {}): {}", row.kind(), row.id(), row.to(),
                attempts, MAX_ATTEMPTS, next, error);
        return new Sent(0, 1, 0);
    }

    /** 1, 2, 4, … minutes after the failed attempt, never more than {@value #LONGEST_WAIT_MINUTES}. */
    static Duration retryAfter(int attempts) {
        return Duration.ofMinutes(Math.min(1L << Math.min(attempts - 1, 20), LONGEST_WAIT_MINUTES));
    }

    /** A malformed address, or one the server refuses as unknown: trying again would fail again. */
    static boolean isPermanent(Exception failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        if (failure instanceof MailParseException || failure instanceof MailPreparationException
                || cause instanceof AddressException) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception failure) {
        String text = NestedExceptionUtils.getMostSpecificCause(failure).toString();
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    private MimeMessage message(JavaMailSender sender, Row row) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper mail = new MimeMessageHelper(message, row.attachmentName() != null,
                StandardCharsets.UTF_8.name());
        mail.setFrom(from);
        mail.setTo(row.to());
        mail.setSubject(row.subject());
        mail.setText(row.body());
        if (row.attachmentName() != null && row.attachment() != null) {
            mail.addAttachment(row.attachmentName(),
                    new ByteArrayResource(row.attachment().getBytes(StandardCharsets.UTF_8)),
                    row.attachmentType() == null ? "text/plain; charset=UTF-8" : row.attachmentType());
        }
        if (row.unsubscribe() != null) {
            message.setHeader("List-Unsubscribe", "<" + row.unsubscribe() + ">");
        }
        return message;
    }

    private record Row(long id, String kind, String to, String subject, String body, @Nullable String unsubscribe,
            @Nullable String attachmentName, @Nullable String attachmentType, @Nullable String attachment,
            int attempts) {
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("kind"), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body"), rs.getString("unsubscribe"), rs.getString("attachment_name"),
                rs.getString("attachment_type"), rs.getString("attachment"), rs.getInt("attempts"));
    }
}
