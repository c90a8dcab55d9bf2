package health.staffing.e2e;

import health.staffing.candidates.TestApplications;
import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.UploadedDocument;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.SystemActor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sam Patel, the recruiter of seed 004 (job 102619), wants the job. The portal refuses his
 * application while he runs it; Dana Brooks in HR reassigns the requisition to herself; Sam applies;
 * from then on he neither sees nor touches that requisition's candidates, while his application is
 * his under My applications. Put back as it was afterwards, as the other journeys use seed 004.
 */
class ConflictOfInterestJourneyE2EIT extends BrowserJourney {

    private static final String JOB = "102619";

    @Autowired
    ApplicationService applications;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    JdbcClient jdbc;

    private Widgets ui;
    private long requisitionId;

    @Test
    void a_recruiter_applies_to_a_job_he_runs_only_after_hr_reassigns_it_and_then_cannot_see_its_candidates()
            throws IOException {
        ui = new Widgets(browser);
        requisitionId = SystemActor.call(() -> requisitions.findByReference(JOB)).id();
        // Another candidate is already in the pipeline: Gregory Lin.
        MyApplication gregory = As.user("regionalmd", () -> applications.apply(JOB, ApplicationForms.withCv()
                .cv(new UploadedDocument("gregory-lin-cv.pdf", "application/pdf", pdf())).build()));
        try {
            journey(gregory);
        } catch (RuntimeException | AssertionError | IOException failed) {
            browser.screenshot("coi-failed");
            throw failed;
        }
    }

    private void journey(MyApplication gregory) throws IOException {
        // 1. Sam runs the requisition: the posting and the apply page say why he cannot apply.
        PortalShell sam = LoginPage.open(browser, baseUrl()).signInAs("recruiter", PASSWORD);
        sam.goTo("/jobs/" + JOB).waitForContent("#not-for-you");
        assertThat(browser.driver.findElement(By.id("not-for-you")).getText())
                .isEqualTo("You run this requisition (as its recruiter); ask HR to reassign it before you apply.");
        assertThat(browser.driver.findElements(By.id("apply-link"))).isEmpty();
        browser.screenshot("coi-01-posting-refuses-the-recruiter");
        sam.goTo("/jobs/" + JOB + "/apply").waitForContent("#not-for-you");
        assertThat(browser.driver.findElements(By.id("submit-application"))).isEmpty();
        sam.signOut();

        // 2. Dana Brooks (HR) takes the requisition over, with the reason on record.
        PortalShell dana = LoginPage.open(browser, baseUrl()).signInAs("talent", PASSWORD);
        dana.goTo("/requisitions/" + requisitionId).waitForContent("#reassign");
        ui.inView(browser.driver.findElement(By.id("reassign"))).click();
        dana.waitForContent("#reassign-recruiter");
        ui.chooseInComboBox("reassign-recruiter", "Dana", "Dana Brooks");
        ui.typeInto("reassign-reason", "Sam Patel is applying to this role");
        browser.screenshot("coi-02-reassign-dialog");
        ui.clickWhenEnabled("reassign-confirm");
        ui.waitForNotification("Reassigned.");
        ui.waitForText(By.id("requisition-facts"), "Dana Brooks");
        browser.screenshot("coi-03-reassigned");
        dana.signOut();

        // 3. Sam applies with his CV.
        PortalShell candidate = LoginPage.open(browser, baseUrl()).signInAs("recruiter", PASSWORD);
        candidate.goTo("/jobs/" + JOB).waitForContent("#apply-link");
        ui.inView(browser.driver.findElement(By.id("apply-link"))).click();
        candidate.waitForContent("#submit-application");
        ui.attach("cv-upload", cv());
        assertThat(ui.uploadOutcome("cv-upload")).isEqualTo("complete");
        ui.clickWhenEnabled("submit-application");
        ui.waitForUrl("/my-applications");
        ui.waitForText(By.id("my-applications"), "Job " + JOB);
        browser.screenshot("coi-04-my-applications");

        // 4. As HR he still works, but not on this requisition: no candidates, no application by its address.
        candidate.goTo("/candidates?ref=" + JOB).waitForContent("#candidate-on-requisition");
        browser.waiting().until(ExpectedConditions.textToBe(By.id("application-count"), "0 applications"));
        assertThat(browser.driver.findElement(By.id("applications")).getText()).doesNotContain("Gregory Lin");
        browser.screenshot("coi-05-no-candidates");
        candidate.goTo("/candidates/" + gregory.id());
        browser.waiting().until(driver -> candidate.showsNotAvailable());
        candidate.goTo("/requisitions/" + requisitionId).waitForContent("#candidate-on-requisition");
        assertThat(browser.driver.findElements(By.id("reassign"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("edit"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("requisition-tabs")).getText()).doesNotContain("Candidates");
        browser.screenshot("coi-06-requisition-as-candidate");
        // ... while every other requisition's candidates stay his work.
        candidate.goTo("/candidates").waitForContent("#applications");
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("application-count"),
                "0 applications")));
    }

    /** Seed 004 back as the other journeys expect it: Sam its recruiter, nobody of this journey applied. */
    @AfterEach
    void put_seed_004_back() {
        List<Long> added = jdbc.sql("""
                select a.id from job_application a join candidate c on c.id = a.candidate_id
                  join app_user u on u.employee_id = c.employee_id
                 where a.requisition_id = :requisition and u.username in ('recruiter', 'regionalmd')
                """).param("requisition", requisitionId).query(Long.class).list();
        for (Long id : added) {
            TestApplications.delete(jdbc, id);
        }
        jdbc.sql("update requisition set recruiter = 'recruiter' where id = :id").param("id", requisitionId).update();
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n% Curriculum vitae\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static Path cv() throws IOException {
        Path file = Files.createTempFile("sam-patel-cv", ".pdf");
        file.toFile().deleteOnExit();
        return Files.write(file, pdf());
    }
}
