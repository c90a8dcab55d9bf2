package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import health.staffing.As;
import health.staffing.DemoSeed;
import health.staffing.base.mail.MailDispatcher;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.ExternalCandidateForm;
import health.staffing.candidates.ExternalCandidateService;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.orgchart.SeatRequisitions;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * HR schedules an interview of an external candidate for seed 003 with two panel members in
 * Chromium; the invitations with their calendar file arrive in a real SMTP server (GreenMail) and
 * parse; a panel member finds the interview on home, opens its scorecard and scores; HR sends Lena the
 * "not selected" message from the candidate grid after reading it, and it arrives.
 */
class InterviewJourneyE2EIT extends BrowserJourney {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @Autowired
    ExternalCandidateService external;
    @Autowired
    StageService stages;
    @Autowired
    CandidateReviewService review;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    private String host;
    private int mailPort;
    private long application;

    @BeforeEach
    void anExternalCandidateIsInInterviewForSeed003() throws Exception {
        host = mailSender.getHost();
        mailPort = mailSender.getPort();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(smtp.getSmtp().getPort());
        smtp.purgeEmailFromAllMailboxes();
        jdbc.sql("delete from mail_outbox").update();
        String reference = DemoSeed.MIDDLESEX_EXECUTIVE_DIRECTOR.reference(seats);
        application = As.user("recruiter", () -> external.addConfirmingNotADuplicate(reference,
                new ExternalCandidateForm("Lena", "Marsh", "lena.marsh@example.org", null, ApplicationForms.cvOnly())))
                .applicationId();
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW)) {
            As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(application,
                    review.detail(application).version())), stage, null));
        }
    }

    @AfterEach
    void restoreMail() {
        mailSender.setHost(host);
        mailSender.setPort(mailPort);
    }

    @Test
    void hr_schedules_an_interview_the_invitations_arrive_with_their_calendar_and_the_panel_sees_it() throws Exception {
        Widgets ui = new Widgets(browser);
        PortalShell hr = LoginPage.open(browser, baseUrl()).signInAs("recruiter", PASSWORD);
        hr.goTo("/candidates/" + application + "?tab=interviews").waitForContent("#schedule-interview");
        browser.driver.findElement(By.id("schedule-interview")).click();
        hr.waitForContent("#interview-location");
        ui.typeInto("interview-location", "Middlesex Health, 28 Crescent Street, Board Room");
        ui.typeInto("interview-video-link", "https://meet.example.org/j/lena");
        ui.chooseInComboBox("interview-panel", "Maya", "Maya Okafor");
        ui.chooseInComboBox("interview-panel", "Anita", "Anita Shah");
        browser.driver.findElement(By.cssSelector("#interview-panel input")).sendKeys(Keys.ESCAPE);
        browser.screenshot("interview-01-schedule-dialog");
        ui.clickWhenEnabled("save-interview");
        ui.waitForNotification("Interview scheduled");
        ui.waitForText(By.id("interviews"), "Scheduled");
        browser.screenshot("interview-02-scheduled");

        // Three invitations (Lena and the panel) and the panel's two "please review" notifications.
        dispatcher.sendDue();
        assertThat(smtp.waitForIncomingEmail(30_000, 5)).isTrue();
        List<String> recipients = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (!mail.getSubject().contains("Interview invitation")) {
                continue;
            }
            recipients.add(((InternetAddress) mail.getAllRecipients()[0]).getAddress());
            VEvent event = invitation(mail).<VEvent>getComponent(Component.VEVENT).orElseThrow();
            assertThat(event.<Property>getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
            assertThat(event.<Property>getProperty(Property.LOCATION).orElseThrow().getValue())
                    .isEqualTo("Middlesex Health, 28 Crescent Street, Board Room");
        }
        assertThat(recipients).contains("lena.marsh@example.org").hasSize(3);

        PortalShell maya = LoginPage.open(browser, baseUrl()).signInAs("manager", PASSWORD);
        maya.waitForContent("#my-interviews");
        ui.waitForText(By.id("my-interviews"), "Executive Director, Middlesex Medical Group");
        browser.screenshot("interview-03-home-my-interviews");
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("#my-interviews vaadin-grid-cell-content"))
                .stream().filter(cell -> cell.getText().contains("Lena Marsh")).findFirst().orElse(null)).click();
        ui.waitForUrl("/reviews/" + application);
        browser.screenshot("interview-04-scorecard");

        // The panel scores from the interview kit (the scorecard opened from home): Maya, then Anita.
        new ScorecardForm(browser).score(maya, 2, "No", "interview-05-scored");
        PortalShell anita = LoginPage.open(browser, baseUrl()).signInAs("pophealth", PASSWORD);
        anita.waitForContent("#my-interviews");
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("#my-interviews vaadin-grid-cell-content"))
                .stream().filter(cell -> cell.getText().contains("Lena Marsh")).findFirst().orElse(null)).click();
        ui.waitForUrl("/reviews/" + application);
        new ScorecardForm(browser).score(anita, 3, "No", "interview-05-scored-anita");

        // HR tells Lena she is not selected, from the candidate grid, reading the message first.
        hr = LoginPage.open(browser, baseUrl()).signInAs("recruiter", PASSWORD);
        CandidateGridPage grid = CandidateGridPage.open(hr, browser, DemoSeed.MIDDLESEX_EXECUTIVE_DIRECTOR.reference(seats));
        grid.select("Lena Marsh");
        ui.clickWhenEnabled("message-selected");
        ui.chooseInSelect("message-kind", "Not selected");
        ui.waitForText(By.id("message-previews"), "lena.marsh@example.org");
        ui.waitForText(By.id("message-previews"), "we will not take your application further");
        browser.screenshot("interview-06-not-selected-preview");
        int before = smtp.getReceivedMessages().length;
        ui.clickWhenEnabled("send-messages");
        ui.waitForNotification("1 message sent.");

        dispatcher.sendDue();
        assertThat(smtp.waitForIncomingEmail(30_000, before + 1)).isTrue();
        // GreenMail lists what it received mailbox by mailbox, not in order of arrival: found by subject.
        MimeMessage notSelected = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> addressOf(mail).equals("lena.marsh@example.org")
                        && subjectOf(mail).equals("Your application for Executive Director, Middlesex Medical Group"))
                .findFirst().orElseThrow(() -> new AssertionError("no message to Lena"));
        assertThat(notSelected.getContent().toString()).contains("Dear Lena Marsh,",
                "we will not take your application further");
    }

    private static String addressOf(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Calendar invitation(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if ("invite.ics".equals(part.getFileName())) {
                assertThat(part.getContentType()).startsWith("text/calendar");
                return new CalendarBuilder().build(new InputStreamReader(part.getInputStream(), StandardCharsets.UTF_8));
            }
        }
        throw new AssertionError("no invite.ics in " + mail.getSubject());
    }
}
