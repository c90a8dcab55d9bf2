package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import health.staffing.As;
import health.staffing.approvals.ApprovalService;
import health.staffing.approvals.Decision;
import health.staffing.approvals.InboxItem;
import health.staffing.base.mail.MailDispatcher;
import health.staffing.demo.SeedPostings;
import health.staffing.jobalerts.JobAlertSweep;
import health.staffing.requisitions.AlertFrequency;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionForms;
import health.staffing.requisitions.RequisitionService;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A caregiver saves a job board search with alerts "as soon as posted"; a new physician leadership
 * role in Somerville is approved and published; the alert arrives in a real SMTP server (GreenMail);
 * the caregiver opens the role from the mail, refers a colleague from outside to it, and stops the
 * alert with the mail's link.
 */
class JobAlertJourneyE2EIT extends BrowserJourney {

    private static final String TITLE = "Medical Director, Palliative Care Integration";
    private static final List<String> APPROVERS = List.of("finance", "pophealth", "vpclinical", "cmo");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @Autowired
    RequisitionService requisitions;
    @Autowired
    ApprovalService approvals;
    @Autowired
    PostingService postings;
    @Autowired
    JobAlertSweep sweep;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    private String host;
    private int mailPort;

    @BeforeEach
    void sendToGreenMail() throws Exception {
        host = mailSender.getHost();
        mailPort = mailSender.getPort();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(smtp.getSmtp().getPort());
        smtp.purgeEmailFromAllMailboxes();
        jdbc.sql("delete from mail_outbox").update();
    }

    @AfterEach
    void restoreMail() {
        mailSender.setHost(host);
        mailSender.setPort(mailPort);
    }

    @Test
    void a_saved_search_alerts_the_caregiver_who_opens_the_new_role_refers_someone_and_stops_the_alert()
            throws Exception {
        Widgets ui = new Widgets(browser);
        PortalShell jordan = LoginPage.open(browser, baseUrl()).signInAs("caregiver", PASSWORD);
        jordan.goTo("/jobs?near=SOM&radius=10&category=Physician%20Leadership").waitForContent("#save-search");
        ui.clickWhenEnabled("save-search");
        jordan.waitForContent("#save-search-name");
        ui.waitForText(By.id("save-search-criteria"), "within 10 miles of Mass General Brigham, Assembly Row");
        ui.typeInto("save-search-name", "Physician leadership in Somerville");
        browser.driver.findElements(By.cssSelector("#save-search-frequency vaadin-radio-button")).stream()
                .filter(option -> option.getText().startsWith("As soon as")).findFirst().orElseThrow().click();
        browser.screenshot("alerts-01-save-search");
        ui.clickWhenEnabled("save-search-confirm");
        ui.waitForNotification("Saved “Physician leadership in Somerville”.");
        ui.waitForText(By.id("saved-searches-link"), "My saved searches (1)");

        PublishedPosting role = aNewRoleIsApprovedAndPublished();
        assertThat(sweep.sweep(AlertFrequency.IMMEDIATE).peopleAlerted()).isGreaterThanOrEqualTo(1);

        dispatcher.sendDue();
        assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
        MimeMessage alert = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> address(mail).equals("jordan.ellis@staffing.example.org")).findFirst()
                .orElseThrow(() -> new AssertionError("no alert to Jordan"));
        assertThat(alert.getSubject()).isEqualTo("[Staffing Portal] New role for “Physician leadership in Somerville”: "
                + TITLE);
        String text = alert.getContent().toString();
        String roleLink = link(text, "(http\\S+/jobs/" + role.reference() + ")\\s");
        String unsubscribe = link(text, "Stop these alerts: (http\\S+)");
        assertThat(alert.getHeader("List-Unsubscribe")[0]).isEqualTo("<" + unsubscribe + ">");

        // The mail's links point at the portal's configured address; the test server listens elsewhere.
        jordan.goTo(roleLink.replaceFirst("^https?://[^/]+", "")).waitForContent("#refer-link");
        ui.waitForText(By.tagName("main"), TITLE);
        browser.screenshot("alerts-02-role-from-the-mail");
        browser.driver.findElement(By.id("refer-link")).click();
        jordan.waitForContent("#refer-who");
        browser.driver.findElements(By.cssSelector("#refer-who vaadin-radio-button")).stream()
                .filter(option -> option.getText().startsWith("Someone outside")).findFirst().orElseThrow().click();
        ui.typeInto("refer-name", "Noor Haddad");
        ui.typeInto("refer-email", "noor.haddad@example.org");
        ui.typeInto("refer-note", "Built the palliative care consult service at her last hospital.");
        browser.screenshot("alerts-03-refer");
        ui.clickWhenEnabled("send-referral");
        ui.waitForText(By.id("my-referrals"), "Noor Haddad");
        browser.screenshot("alerts-04-referred");

        // The unsubscribe page stands alone (no menu): it opens for whoever holds the link.
        browser.driver.get(baseUrl() + unsubscribe.replaceFirst("^https?://[^/]+", ""));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("unsubscribe-confirm")));
        ui.waitForText(By.id("unsubscribe-message"), "“Physician leadership in Somerville”");
        ui.clickWhenEnabled("unsubscribe-confirm");
        ui.waitForText(By.id("unsubscribe-message"), "Done: we no longer email you about this search.");
        browser.screenshot("alerts-05-unsubscribed");

        jordan.goTo("/jobs/saved-searches").waitForContent("#saved-searches");
        ui.waitForText(By.id("saved-searches"), "Physician leadership in Somerville");
        ui.waitForText(By.id("saved-searches"), "1 role alerted so far");
        browser.screenshot("alerts-06-saved-searches");
    }

    /** A new seat under the assistant CMO for primary care, through its approvers, published by HR. */
    private PublishedPosting aNewRoleIsApprovedAndPublished() {
        RequisitionForm form = RequisitionForms.qualityDirector();
        form.setTitle(TITLE);
        form.setDepartment("Primary Care · Palliative Care");
        RequisitionDetails draft = As.user("manager", () -> requisitions.create(form));
        As.user("manager", () -> requisitions.submit(draft.id(), draft.version()));
        for (int pass = 0; pass < 5; pass++) {
            for (String approver : APPROVERS) {
                As.user(approver, () -> {
                    List<InboxItem> waiting = approvals.inbox(PageRequest.of(0, 100)).stream()
                            .filter(item -> item.requisition().requisitionId() == draft.id()).toList();
                    waiting.forEach(item -> approvals.decide(item.stepId(), item.stepVersion(), Decision.APPROVE,
                            item.consulted() ? "Supportive." : null));
                });
            }
        }
        return As.user("recruiter", () -> SeedPostings.publish(postings, draft.id(),
                SeedPostings.seed002().openUntil(LocalDate.now().plusDays(60))));
    }

    private static String link(String text, String pattern) {
        Matcher found = Pattern.compile(pattern).matcher(text);
        assertThat(found.find()).as("%s in %s", pattern, text).isTrue();
        return found.group(1);
    }

    private static String address(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
