package health.staffing.approvals;

import health.staffing.As;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import health.staffing.IntegrationTest;
import health.staffing.base.mail.MailDispatcher;
import health.staffing.notifications.NotificationItem;
import health.staffing.notifications.NotificationService;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionService;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approvers get an email when a step waits for them, the requester when a step is decided: real
 * SMTP (GreenMail) after real commits and the outbox's dispatch, as NotificationMailIT does. The round ends with changes
 * requested, so nothing is left waiting; the notifications are removed afterwards.
 */
@IntegrationTest
class ApprovalNotificationIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @Autowired
    ApprovalService approvals;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    NotificationService notifications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    private String host;
    private int port;

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
        jdbc.sql("delete from notification").update();
    }

    @Test
    void finance_is_emailed_when_the_step_waits_and_the_requester_when_finance_decides() throws Exception {
        RequisitionDetails submitted = transaction.execute(status ->
                Requisitions.submit(requisitions, Requisitions.newPosition("340000")));

        dispatcher.sendDue();
        MimeMessage waiting = only(smtp.getReceivedMessages());
        assertThat(waiting.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("chris.donnelly@staffing.example.org");
        assertThat(waiting.getSubject()).isEqualTo("[Staffing Portal] Approval needed: Medical Director for Quality, Primary Care");
        assertThat(GreenMailUtil.getBody(waiting).replace("\r\n", "\n"))
                .contains("Finance review waits for your decision.")
                .contains("Salary range: $280,000")
                .contains("/approvals");
        assertThat(As.user("finance", () -> notifications.recent(10))).extracting(NotificationItem::link)
                .contains("approvals");

        smtp.purgeEmailFromAllMailboxes();
        InboxItem item = As.user("finance", () -> approvals.inbox(PageRequest.of(0, 100))).stream()
                .filter(i -> i.requisition().requisitionId() == submitted.id()).findFirst().orElseThrow();
        transaction.executeWithoutResult(status -> As.user("finance", () -> approvals.decide(item.stepId(),
                item.stepVersion(), Decision.REQUEST_CHANGES, "Split the FTE 0.6 administrative / 0.4 clinical.")));

        dispatcher.sendDue();
        MimeMessage decided = only(smtp.getReceivedMessages());
        assertThat(decided.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("maya.okafor@staffing.example.org");
        assertThat(decided.getSubject()).isEqualTo(
                "[Staffing Portal] Medical Director for Quality, Primary Care: Finance review — changes requested");
        assertThat(GreenMailUtil.getBody(decided).replace("\r\n", "\n"))
                .contains("changes requested by Chris Donnelly")
                .contains("Split the FTE 0.6 administrative / 0.4 clinical.")
                .contains("/requisitions/" + submitted.id());
        List<NotificationItem> forManager = As.user("manager", () -> notifications.recent(10));
        assertThat(forManager).extracting(NotificationItem::link).contains("requisitions/" + submitted.id());
    }

    private static MimeMessage only(MimeMessage[] messages) throws MessagingException {
        assertThat(messages).as("emails received").hasSize(1);
        return messages[0];
    }
}
