package health.staffing.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class OutgoingMailTest {

    @Test
    void a_subject_never_holds_a_line_break() {
        OutgoingMail mail = OutgoingMail.text("NOTIFICATION", "maya@example.org",
                "Offer\r\nBcc: everyone@example.org", "Text");

        assertThat(mail.subject()).isEqualTo("Offer Bcc: everyone@example.org");
    }

    @Test
    void every_part_is_held_to_its_column() {
        assertThatThrownBy(() -> OutgoingMail.text("NOTIFICATION", "maya@example.org", "x".repeat(999), "Text"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject holds at most 998");
        assertThatThrownBy(() -> OutgoingMail.text("NOTIFICATION", "a".repeat(321), "Subject", "Text"))
                .hasMessageContaining("recipient holds at most 320");
        assertThatThrownBy(() -> OutgoingMail.text("NOTIFICATION", "maya@example.org", "Subject",
                "x".repeat(OutgoingMail.MAX_BODY + 1))).hasMessageContaining("body holds at most 200000");
        assertThatThrownBy(() -> OutgoingMail.text("N".repeat(31), "maya@example.org", "Subject", "Text"))
                .hasMessageContaining("kind holds at most 30");
        assertThatThrownBy(() -> new OutgoingMail.Attachment("invite.ics", "text/calendar", "x".repeat(100_001)))
                .hasMessageContaining("attachment holds at most 100000");
        assertThatThrownBy(() -> OutgoingMail.text("NOTIFICATION", " ", "Subject", "Text"))
                .hasMessageContaining("needs a recipient");
        assertThat(OutgoingMail.text("NOTIFICATION", "a".repeat(320), "x".repeat(998), "x".repeat(OutgoingMail.MAX_BODY))
                .subject()).hasSize(998);
    }

    @Test
    void retries_wait_twice_as_long_each_time_up_to_two_hours() {
        assertThat(MailDispatcher.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailDispatcher.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailDispatcher.retryAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(MailDispatcher.retryAfter(8)).isEqualTo(Duration.ofMinutes(120));
        assertThat(MailDispatcher.retryAfter(60)).isEqualTo(Duration.ofMinutes(120));
    }

    @Test
    void only_a_refusal_that_cannot_change_gives_up_at_once() throws Exception {
        InternetAddress gone = new InternetAddress("gone@example.org");
        InternetAddress[] none = new InternetAddress[0];
        // What the sender reports per message when the server answers 550 to the recipient.
        assertThat(MailDispatcher.isPermanent(new SendFailedException("550 no such user", null, none, none,
                new InternetAddress[] {gone}))).isTrue();
        assertThat(MailDispatcher.isPermanent(new AddressException("Illegal address", "a@@b"))).isTrue();
        // A busy server (451) leaves the address valid but unsent: worth another try.
        assertThat(MailDispatcher.isPermanent(new SendFailedException("451 try later", null, none,
                new InternetAddress[] {gone}, none))).isFalse();
        assertThat(MailDispatcher.isPermanent(new MailSendException("Mail server connection failed",
                new ConnectException("Connection refused")))).isFalse();
    }
}
