package health.staffing.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import health.staffing.DatabaseTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail, in process): a mail exists exactly when its
 * transaction commits, is sent once however many dispatchers run, is retried with back-off while the
 * server is down and kept as failed when it can never go. On H2 and PostgreSQL (row claiming differs
 * in the engine, not in the SQL).
 */
@DatabaseTest
class MailOutboxIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JavaMailSenderImpl mailSender;

    private String host = "";
    private int port;

    /** Borrows the application's sender, as the other mail tests do (a second context would cost a start). */
    @BeforeEach
    void sendToGreenMail() throws Exception {
        host = mailSender.getHost();
        port = mailSender.getPort();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(smtp.getSmtp().getPort());
        smtp.purgeEmailFromAllMailboxes();
        jdbc.sql("delete from mail_outbox").update();
    }

    @AfterEach
    void restoreMailSender() {
        mailSender.setHost(host);
        mailSender.setPort(port);
        jdbc.sql("delete from mail_outbox").update();
    }

    @Test
    void a_mail_queued_in_a_committed_transaction_is_sent_once() throws Exception {
        transaction.executeWithoutResult(status -> outbox.enqueue(mail("Offer accepted")));

        assertThat(smtp.getReceivedMessages()).as("the request never sends").isEmpty();
        assertThat(status()).containsExactly("PENDING");

        assertThat(dispatcher.sendDue()).isEqualTo(new MailDispatcher.Sent(1, 0, 0));
        assertThat(dispatcher.sendDue()).as("nothing left to send").isEqualTo(new MailDispatcher.Sent(0, 0, 0));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Offer accepted");
        assertThat(received[0].getFrom()).extracting(Object::toString)
                .containsExactly("staffing-portal@staffing.example.org");
        assertThat(status()).containsExactly("SENT");
        assertThat(jdbc.sql("select attempts from mail_outbox").query(Integer.class).single()).isEqualTo(1);
        assertThat(outbox.backlog().pending()).isZero();
    }

    @Test
    void a_rolled_back_transaction_leaves_no_mail() {
        transaction.executeWithoutResult(status -> {
            outbox.enqueue(mail("Requisition approved"));
            status.setRollbackOnly();
        });

        assertThat(status()).isEmpty();
        assertThat(dispatcher.sendDue().sent()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_mail_is_only_queued_inside_the_decisions_transaction() {
        assertThatThrownBy(() -> outbox.enqueue(mail("Loose"))).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(status()).isEmpty();
    }

    @Test
    void while_the_server_is_down_the_mail_waits_and_is_sent_when_it_is_back() throws Exception {
        mailSender.setPort(closedPort());
        transaction.executeWithoutResult(status -> outbox.enqueue(mail("Interview on Tuesday")));
        Instant before = Instant.now();

        assertThat(dispatcher.sendDue()).isEqualTo(new MailDispatcher.Sent(0, 1, 0));

        Row row = row();
        assertThat(row.status()).isEqualTo("PENDING");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).contains("Connection refused");
        assertThat(row.nextAttemptAt()).isBetween(before.plus(Duration.ofSeconds(59)),
                Instant.now().plus(Duration.ofSeconds(61)));
        assertThat(dispatcher.sendDue()).as("not due again before its back-off").isEqualTo(new MailDispatcher.Sent(0, 0, 0));
        assertThat(outbox.backlog().pending()).isEqualTo(1);

        mailSender.setPort(smtp.getSmtp().getPort());
        makeDue();
        assertThat(dispatcher.sendDue()).isEqualTo(new MailDispatcher.Sent(1, 0, 0));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(row().status()).isEqualTo("SENT");
        assertThat(row().lastError()).isNull();
    }

    @Test
    void after_the_last_attempt_the_mail_is_kept_as_failed_with_its_error() throws Exception {
        mailSender.setPort(closedPort());
        transaction.executeWithoutResult(status -> outbox.enqueue(mail("Never delivered")));

        for (int attempt = 1; attempt < MailDispatcher.MAX_ATTEMPTS; attempt++) {
            assertThat(dispatcher.sendDue().retrying()).isEqualTo(1);
            makeDue();
        }
        assertThat(dispatcher.sendDue()).isEqualTo(new MailDispatcher.Sent(0, 0, 1));

        Row row = row();
        assertThat(row.status()).isEqualTo("FAILED");
        assertThat(row.attempts()).isEqualTo(MailDispatcher.MAX_ATTEMPTS);
        assertThat(row.lastError()).contains("Connection refused");
        makeDue();
        assertThat(dispatcher.sendDue().failed()).as("a failed mail is not tried again").isZero();
        MailOutbox.Backlog backlog = outbox.backlog();
        assertThat(backlog.pending()).isZero();
        assertThat(backlog.failed()).isEqualTo(1);
    }

    @Test
    void a_malformed_address_fails_at_once_and_the_rest_of_the_batch_goes() throws Exception {
        transaction.executeWithoutResult(status -> {
            outbox.enqueue(OutgoingMail.text("NOTIFICATION", "maya okafor@@example", "Broken", "Text"));
            outbox.enqueue(mail("Fine"));
        });

        assertThat(dispatcher.sendDue()).isEqualTo(new MailDispatcher.Sent(1, 0, 1));

        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("Fine");
        assertThat(jdbc.sql("select status from mail_outbox where subject = 'Broken'").query(String.class).single())
                .isEqualTo("FAILED");
    }

    @Test
    void two_dispatchers_at_once_send_every_mail_exactly_once() throws Exception {
        int mails = 3 * MailDispatcher.BATCH + 17;
        transaction.executeWithoutResult(status -> outbox.enqueueAll(
                IntStream.range(0, mails).mapToObj(i -> mail("Alert " + i)).toList()));

        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<MailDispatcher.Sent>> dispatchers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            dispatchers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return dispatcher.sendDue();
            }));
        }
        int sent = dispatchers.stream().mapToInt(d -> d.join().sent()).sum();

        assertThat(sent).isEqualTo(mails);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).map(MailOutboxIT::subject).distinct().count()).isEqualTo(mails);
        assertThat(received).hasSize(mails);
        assertThat(outbox.backlog().pending()).isZero();
    }

    private static OutgoingMail mail(String subject) {
        return OutgoingMail.text("NOTIFICATION", "maya.okafor@staffing.example.org", subject, "Dear Maya,\n\nText.");
    }

    private List<String> status() {
        return jdbc.sql("select status from mail_outbox order by id").query(String.class).list();
    }

    private record Row(String status, int attempts, Instant nextAttemptAt, String lastError) {
    }

    private Row row() {
        return jdbc.sql("select status, attempts, next_attempt_at, last_error from mail_outbox")
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4))).single();
    }

    /** Time passes: the waiting mail's back-off is over. */
    private void makeDue() {
        jdbc.sql("update mail_outbox set next_attempt_at = ? where status = 'PENDING'")
                .param(java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.SECONDS))).update();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
