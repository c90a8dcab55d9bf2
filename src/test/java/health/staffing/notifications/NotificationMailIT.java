package health.staffing.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import health.staffing.IntegrationTest;
import health.staffing.base.mail.MailDispatcher;
import health.staffing.security.AppRoles;
import health.staffing.security.SystemActor;
import health.staffing.security.UserAccountService;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The email copy against a real SMTP server (GreenMail, in process, on a free port). These tests
 * commit, as a real decision does, so they remove what they stored afterwards.
 */
@IntegrationTest
class NotificationMailIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @Autowired
    NotificationService notifications;
    @Autowired
    UserAccountService accounts;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    MailDispatcher dispatcher;

    private String host;
    private int port;

    /**
     * Points the application's mail sender at GreenMail for this test only. A second application
     * context (say with {@code @DynamicPropertySource}) would swap Spring Security's global
     * context-holder strategy under the other tests in this JVM, so the shared one is borrowed.
     */
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
    void restoreMailSenderAndRemoveCommittedData() {
        mailSender.setHost(host);
        mailSender.setPort(port);
        jdbc.sql("delete from notification").update();
        jdbc.sql("delete from mail_outbox").update();
        jdbc.sql("delete from app_user_role where user_id in (select id from app_user where username = 'no.email')")
                .update();
        jdbc.sql("delete from app_user where username = 'no.email'").update();
    }

    private long unreadOf(String username) {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
                .param(username).query(Long.class).single();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_email_goes_out_after_commit_to_the_recipients_address_with_an_absolute_link() throws Exception {
        transaction.executeWithoutResult(status -> {
            notifications.notify("manager", "Requisition 102619 was approved",
                    "Medical Director, Primary Care Quality is ready to post.", "requisitions/42");
            assertThat(CompletableFuture.supplyAsync(dispatcher::sendDue).join().sent())
                    .as("another transaction (a dispatcher) sees nothing before the commit").isZero();
        });
        assertThat(dispatcher.sendDue().sent()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("maya.okafor@staffing.example.org");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("staffing-portal@staffing.example.org");
        assertThat(mail.getSubject()).isEqualTo("[Staffing Portal] Requisition 102619 was approved");
        assertThat(GreenMailUtil.getBody(mail).replace("\r\n", "\n"))
                .startsWith("Dear Maya Okafor,\n\nRequisition 102619 was approved\n\n")
                .contains("Medical Director, Primary Care Quality is ready to post.")
                .contains("http://localhost:8080/requisitions/42");
        assertThat(unreadOf("manager")).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "cmo", roles = {"CMO_OFFICE", "CAREGIVER"})
    void a_rolled_back_decision_emails_nobody_and_leaves_no_notification() {
        transaction.executeWithoutResult(status -> {
            notifications.notify("manager", "Requisition 102619 was approved", "", "requisitions/42");
            notifications.notifyRole(AppRoles.FINANCE, "A requisition waits for finance", "", "approvals", List.of());
            status.setRollbackOnly();
        });
        // A later committed notice proves the outbox works and that nothing from the rolled-back
        // transaction is in it.
        transaction.executeWithoutResult(status -> notifications.notify("recruiter", "Marker", "", null));
        dispatcher.sendDue();

        assertThat(smtp.getReceivedMessages()).extracting(this::subject).containsExactly("[Staffing Portal] Marker");
        assertThat(unreadOf("manager")).isZero();
        assertThat(unreadOf("finance")).isZero();
    }

    @Test
    @WithMockUser(username = "cmo", roles = {"CMO_OFFICE", "CAREGIVER"})
    void a_role_is_emailed_person_by_person() throws Exception {
        transaction.executeWithoutResult(status -> notifications.notifyRole(AppRoles.CMO_OFFICE,
                "A requisition waits for the CMO office", "", "approvals", List.of()));
        dispatcher.sendDue();

        // Elena Marsh and the deputy CMO Daniel Cho: one mail each, neither sees the other's address.
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(message -> recipients(message)))
                .containsExactlyInAnyOrder(List.of("elena.marsh@staffing.example.org"),
                        List.of("daniel.cho@staffing.example.org"));
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_mail_server_that_is_down_does_not_undo_the_decision_and_the_mail_waits() throws IOException {
        mailSender.setPort(closedPort());

        transaction.executeWithoutResult(status ->
                notifications.notify("manager", "Requisition 102619 was approved", "", "requisitions/42"));
        assertThat(dispatcher.sendDue().retrying()).isEqualTo(1);

        assertThat(unreadOf("manager")).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(jdbc.sql("select status from mail_outbox where recipient = 'maya.okafor@staffing.example.org'")
                .query(String.class).single()).isEqualTo("PENDING");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void an_account_without_an_employee_record_is_notified_in_the_portal_only() {
        SystemActor.run(() -> accounts.createAccount("no.email", "a-long-enough-phrase", "No Email", null, List.of()));

        transaction.executeWithoutResult(status -> notifications.notify("no.email", "Welcome", "", null));
        dispatcher.sendDue();

        assertThat(unreadOf("no.email")).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
