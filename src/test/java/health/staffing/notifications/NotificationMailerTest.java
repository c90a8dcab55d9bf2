package health.staffing.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import health.staffing.base.mail.MailOutbox;
import health.staffing.base.mail.OutgoingMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMailMessage;

class NotificationMailerTest {

    private final NotificationMailer mailer = new NotificationMailer(mock(MailOutbox.class),
            "https://staffing.example.org/");

    @Test
    void the_mail_greets_by_name_and_links_to_the_portal_page() {
        OutgoingMail message = mailer.mail(new NotificationMail("manager", "maya@example.org", "Maya Okafor",
                "Requisition 102619 was approved", "Ready to post.", "requisitions/42"));

        assertThat(message.kind()).isEqualTo("NOTIFICATION");
        assertThat(message.to()).isEqualTo("maya@example.org");
        assertThat(message.subject()).isEqualTo("[Staffing Portal] Requisition 102619 was approved");
        assertThat(message.body())
                .startsWith("Dear Maya Okafor,\n\nRequisition 102619 was approved\n\nReady to post.\n\n")
                .contains("Open it in the Staffing Portal: https://staffing.example.org/requisitions/42\n");
    }

    @Test
    void without_body_or_link_the_mail_leaves_those_lines_out() {
        String text = mailer.mail(new NotificationMail("manager", "maya@example.org", "Maya Okafor", "Welcome", "",
                null)).body();

        assertThat(text).startsWith("Dear Maya Okafor,\n\nWelcome\n\n--\n").doesNotContain("Open it");
    }

    @Test
    void typed_text_cannot_add_a_header_and_markup_stays_plain_text() throws Exception {
        OutgoingMail message = mailer.mail(new NotificationMail("manager", "maya@example.org", "Maya Okafor",
                "Offer for Chief\r\nBcc: everyone@example.org\n\nPhished", "<script>alert(1)</script> & <b>bold</b>",
                "requisitions/42"));

        MimeMessage mime = new JavaMailSenderImpl().createMimeMessage();
        new MimeMailMessage(mime).setTo(message.to());
        mime.setFrom("portal@example.org");
        mime.setSubject(message.subject(), "UTF-8");
        mime.setText(message.body(), "UTF-8");
        mime.saveChanges();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mime.writeTo(raw);
        String sent = raw.toString(StandardCharsets.UTF_8);
        String headers = sent.substring(0, sent.indexOf("\r\n\r\n"));

        assertThat(message.subject()).isEqualTo("[Staffing Portal] Offer for Chief Bcc: everyone@example.org Phished");
        assertThat(headers.lines()).noneMatch(line -> line.startsWith("Bcc:"));
        assertThat(mime.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(mime.getContentType()).startsWith("text/plain");
        assertThat(message.body()).contains("<script>alert(1)</script> & <b>bold</b>");
    }
}
