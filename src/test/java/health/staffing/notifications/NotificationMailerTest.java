package health.staffing.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMailMessage;

class NotificationMailerTest {

    private final NotificationMailer mailer = new NotificationMailer(ObjectProviderStub.empty(), true,
            "portal@example.org", "https://staffing.example.org/");

    @Test
    void the_mail_greets_by_name_and_links_to_the_portal_page() {
        SimpleMailMessage message = mailer.message(new NotificationMail("manager", "maya@example.org", "Maya Okafor",
                "Requisition 102619 was approved", "Ready to post.", "requisitions/42"));

        assertThat(message.getFrom()).isEqualTo("portal@example.org");
        assertThat(message.getTo()).containsExactly("maya@example.org");
        assertThat(message.getSubject()).isEqualTo("[Staffing Portal] Requisition 102619 was approved");
        assertThat(message.getText())
                .startsWith("Dear Maya Okafor,\n\nRequisition 102619 was approved\n\nReady to post.\n\n")
                .contains("Open it in the Staffing Portal: https://staffing.example.org/requisitions/42\n");
    }

    @Test
    void without_body_or_link_the_mail_leaves_those_lines_out() {
        String text = mailer.message(new NotificationMail("manager", "maya@example.org", "Maya Okafor", "Welcome", "",
                null)).getText();

        assertThat(text).startsWith("Dear Maya Okafor,\n\nWelcome\n\n--\n").doesNotContain("Open it");
    }

    @Test
    void typed_text_cannot_add_a_header_and_markup_stays_plain_text() throws Exception {
        SimpleMailMessage message = mailer.message(new NotificationMail("manager", "maya@example.org", "Maya Okafor",
                "Offer for Chief\r\nBcc: everyone@example.org\n\nPhished", "<script>alert(1)</script> & <b>bold</b>",
                "requisitions/42"));

        MimeMessage mime = new JavaMailSenderImpl().createMimeMessage();
        new MimeMailMessage(mime).setTo(message.getTo());
        mime.setFrom(message.getFrom());
        mime.setSubject(message.getSubject(), "UTF-8");
        mime.setText(message.getText(), "UTF-8");
        mime.saveChanges();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mime.writeTo(raw);
        String sent = raw.toString(StandardCharsets.UTF_8);
        String headers = sent.substring(0, sent.indexOf("\r\n\r\n"));

        assertThat(message.getSubject()).isEqualTo("[Staffing Portal] Offer for Chief Bcc: everyone@example.org Phished");
        assertThat(headers.lines()).noneMatch(line -> line.startsWith("Bcc:"));
        assertThat(mime.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(mime.getContentType()).startsWith("text/plain");
        assertThat(message.getText()).contains("<script>alert(1)</script> & <b>bold</b>");
    }

    @Test
    void without_a_mail_sender_nothing_is_sent_and_nothing_fails() {
        mailer.send(new NotificationMail("manager", "maya@example.org", "Maya Okafor", "Welcome", "", null));
    }

    private static final class ObjectProviderStub {
        static ObjectProvider<JavaMailSender> empty() {
            return new ObjectProvider<>() {
                @Override
                public JavaMailSender getObject() {
                    throw new IllegalStateException("no mail sender");
                }

                @Override
                public JavaMailSender getIfAvailable() {
                    return null;
                }
            };
        }
    }
}
