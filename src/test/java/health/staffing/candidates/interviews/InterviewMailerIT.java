package health.staffing.candidates.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import health.staffing.IntegrationTest;
import health.staffing.base.mail.MailDispatcher;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The invitation as it arrives in a real SMTP server (GreenMail): the text and an {@code invite.ics}
 * attachment of type text/calendar that parses. The application's mail sender is borrowed for the
 * test, as in NotificationMailIT.
 */
@IntegrationTest
class InterviewMailerIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @Autowired
    InterviewMailer mailer;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    TransactionTemplate transaction;
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
    void restore() {
        mailSender.setHost(host);
        mailSender.setPort(port);
    }

    @Test
    void the_invitation_arrives_with_its_calendar_file_attached() throws Exception {
        String ics = InterviewCalendar.write(InterviewCalendarTest.event(1, false));

        transaction.executeWithoutResult(status -> mailer.queue(new InterviewInvitation(
                "jordan.ellis@staffing.example.org", "Jordan Ellis, MD",
                "Interview invitation: Medical Director for Quality, Primary Care", "You are invited.", ics, "REQUEST")));
        assertThat(dispatcher.sendDue().sent()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject())
                .isEqualTo("[Staffing Portal] Interview invitation: Medical Director for Quality, Primary Care");
        Multipart parts = (Multipart) received[0].getContent();
        BodyPart attachment = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (InterviewMailer.ATTACHMENT.equals(parts.getBodyPart(i).getFileName())) {
                attachment = parts.getBodyPart(i);
            }
        }
        assertThat(attachment).as("invite.ics attached").isNotNull();
        assertThat(attachment.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        Calendar calendar = new CalendarBuilder().build(new InputStreamReader(attachment.getInputStream(),
                StandardCharsets.UTF_8));
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(event.<Property>getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("interview-42@staffing.example.org");
        assertThat(event.<Property>getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
    }
}
