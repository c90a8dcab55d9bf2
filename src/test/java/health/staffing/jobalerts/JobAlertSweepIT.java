package health.staffing.jobalerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.mail.MailDispatcher;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.requisitions.AlertFrequency;
import health.staffing.requisitions.JobSearch;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sweep on the demo data's five live postings, which went live before the searches below are
 * dated (saved long ago), so each is news to them; the mails arrive in a real SMTP server (GreenMail).
 * Every test rolls back.
 */
@DatabaseTest
@Transactional
class JobAlertSweepIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @Autowired
    JobAlertSweep sweep;
    @Autowired
    SavedSearchService searches;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    EntityManager entities;

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

    /**
     * The sweep reads and writes with JDBC inside the test's transaction: what JPA holds back is
     * written first, and what JPA cached is forgotten after. The outbox then sends what it queued.
     */
    private JobAlertSweep.Result sweep(AlertFrequency frequency) {
        entities.flush();
        JobAlertSweep.Result result = sweep.sweep(frequency);
        entities.clear();
        assertThat(dispatcher.sendDue().sent()).isEqualTo(result.peopleAlerted());
        return result;
    }

    private void savedLongAgo() {
        entities.flush();
        // The demo's own saved search (Priya's) stays as saved: after the demo postings went live.
        jdbc.sql("update saved_search set created_at = timestamp '2001-01-01 00:00:00' where username <> 'reviewer'")
                .update();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    @Test
    void each_person_gets_one_mail_with_the_new_roles_their_searches_find_and_a_link_that_stops_it() throws Exception {
        String worcesterPhysician = DemoSeed.CMG_VALUE_BASED_CARE_DIRECTOR.reference(seats);
        String newYork = DemoSeed.UTILIZATION_MANAGEMENT_SENIOR_DIRECTOR.reference(seats);
        As.user("caregiver", () -> searches.save("Physician leadership near Worcester",
                JobSearch.ALL.near("Worcester", 10).withCategory("Physician Leadership"), AlertFrequency.IMMEDIATE));
        As.user("caregiver", () -> searches.save("Quality", JobSearch.keywords("quality"), AlertFrequency.IMMEDIATE));
        As.user("recruiter", () -> searches.save("New York", JobSearch.ALL.near("10004", 20), AlertFrequency.IMMEDIATE));
        As.user("cmo", () -> searches.save("Nothing", JobSearch.keywords("zzzz"), AlertFrequency.IMMEDIATE));
        As.user("manager", () -> searches.save("Everything", JobSearch.ALL, AlertFrequency.DAILY));
        As.user("finance", () -> searches.save("Everything, no mail", JobSearch.ALL, AlertFrequency.NONE));
        savedLongAgo();

        JobAlertSweep.Result immediate = sweep(AlertFrequency.IMMEDIATE);

        assertThat(immediate).isEqualTo(new JobAlertSweep.Result(5, 4, 3, 2, 0));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage jordan = Arrays.stream(received).filter(m -> recipient(m).startsWith("jordan")).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to Jordan: " + Arrays.stream(received)
                        .map(JobAlertSweepIT::recipient).toList()));
        String body = text(jordan);
        assertThat(jordan.getSubject()).startsWith("[Staffing Portal] ").contains("new roles match your saved searches");
        assertThat(body).contains("Dear Jordan Ellis,", "Your saved search “Physician leadership near Worcester” found a new role:",
                "Your saved search “Quality” found",
                "/jobs/" + worcesterPhysician, "/job-alerts/unsubscribe/", "/jobs/saved-searches");
        assertThat(jordan.getHeader("List-Unsubscribe")[0]).endsWith("/jobs/saved-searches>");
        MimeMessage sam = Arrays.stream(received).filter(m -> m != jordan).findFirst().orElseThrow();
        assertThat(sam.getSubject()).startsWith("[Staffing Portal] New role for “New York”: ");
        assertThat(text(sam)).contains("/jobs/" + newYork)
                .doesNotContain("/jobs/" + worcesterPhysician);
        Matcher token = Pattern.compile("/job-alerts/unsubscribe/([A-Za-z0-9_-]{43})")
                .matcher(text(sam));
        assertThat(token.find()).isTrue();
        assertThat(sam.getHeader("List-Unsubscribe")[0]).endsWith("/job-alerts/unsubscribe/" + token.group(1) + ">");

        assertThat(As.user("recruiter", searches::mine)).singleElement().satisfies(s -> {
            assertThat(s.lastAlertedAt()).isNotNull();
            assertThat(s.alertsSent()).isEqualTo(1);
        });
        assertThat(As.user("cmo", searches::mine)).singleElement()
                .satisfies(s -> assertThat(s.lastAlertedAt()).isNull());

        // A posting is news once per kind of alert: the next sweep finds nothing new.
        assertThat(sweep(AlertFrequency.IMMEDIATE)).isEqualTo(new JobAlertSweep.Result(0, 0, 0, 0, 0));
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        // The daily digest considers the same postings on its own: Maya's search lists all five.
        JobAlertSweep.Result daily = sweep(AlertFrequency.DAILY);
        assertThat(daily).isEqualTo(new JobAlertSweep.Result(5, 1, 1, 1, 0));
        MimeMessage maya = smtp.getReceivedMessages()[2];
        assertThat(maya.getSubject()).isEqualTo("[Staffing Portal] 5 new roles match your saved search “Everything”");
        assertThat(As.user("finance", searches::mine)).singleElement()
                .satisfies(s -> assertThat(s.alertsSent()).isZero());
    }

    @Test
    void a_search_saved_after_a_posting_went_live_is_not_alerted_about_it() {
        As.user("caregiver", () -> searches.save("Everything", JobSearch.ALL, AlertFrequency.IMMEDIATE));

        assertThat(sweep(AlertFrequency.IMMEDIATE)).isEqualTo(new JobAlertSweep.Result(5, 0, 0, 0, 0));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_unsubscribed_or_disabled_owner_gets_nothing() {
        As.user("caregiver", () -> searches.save("Everything", JobSearch.ALL, AlertFrequency.IMMEDIATE));
        As.user("manager", () -> searches.save("Everything", JobSearch.ALL, AlertFrequency.IMMEDIATE));
        savedLongAgo();
        String token = jdbc.sql("select unsubscribe_token from saved_search where username = 'caregiver'")
                .query(String.class).single();
        searches.unsubscribe(token);
        jdbc.sql("update app_user set enabled = false where username = 'manager'").update();

        assertThat(sweep(AlertFrequency.IMMEDIATE)).isEqualTo(new JobAlertSweep.Result(5, 0, 0, 0, 0));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
