package health.staffing.demo;

import health.staffing.candidates.ApplicationForm;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.BoardCertification;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.ReviewerAssignments;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.candidates.StateLicense;
import health.staffing.candidates.UploadedDocument;
import health.staffing.requisitions.Degree;
import health.staffing.requisitions.PostingService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Two caregivers apply to seed 000's posting (one already screened), so the candidate grid and
 * "My applications" have something to show; the demo reviewer is assigned to both. They act through the services like every demo user.
 */
@Component
@Profile("demo")
class DemoApplications {

    private final ApplicationService applications;
    private final StageService stages;
    private final PostingService postings;
    private final ReviewerAssignments assignments;

    DemoApplications(ApplicationService applications, StageService stages, PostingService postings,
            ReviewerAssignments assignments) {
        this.applications = applications;
        this.stages = stages;
        this.postings = postings;
        this.assignments = assignments;
    }

    void load() {
        String seed000 = DemoActors.as("recruiter", () -> postings.livePostings("Chief of Medical Management",
                PageRequest.of(0, 1))).getFirst().reference();
        MyApplication jordan = DemoActors.as("caregiver", () -> applications.apply(seed000, new ApplicationForm(
                cv("jordan-ellis-cv.pdf", "Jordan Ellis, MD"), null, Set.of(Degree.MD),
                List.of(new BoardCertification("Internal Medicine", "ABIM", LocalDate.of(2031, 12, 31))),
                List.of(new StateLicense("MA", "271845", "Active", LocalDate.of(2028, 6, 30))), "1234567893", 9, 3, 1)));
        MyApplication anita = DemoActors.as("pophealth", () -> applications.apply(seed000, new ApplicationForm(
                cv("anita-shah-cv.pdf", "Anita Shah, MD, MPH"), null, Set.of(Degree.MD, Degree.MPH),
                List.of(new BoardCertification("Family Medicine", "ABFM", LocalDate.of(2029, 12, 31))),
                List.of(new StateLicense("MA", "198230", "Active", LocalDate.of(2027, 3, 31))), null, 14, 7, 4)));
        DemoActors.as("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan.id(), jordan.version())),
                ApplicationStage.SCREENING, null));
        // Gregory Lin reports to Maya Okafor and applies to a seat she hires for (seed 003, the medical
        // group's executive director): she sees him as its hiring manager, but is never assigned to score him.
        String seed003 = DemoActors.as("recruiter", () -> postings.livePostings("Executive Director",
                PageRequest.of(0, 1))).getFirst().reference();
        DemoActors.as("regionalmd", () -> applications.apply(seed003, new ApplicationForm(
                cv("gregory-lin-cv.pdf", "Gregory Lin, MD"), null, Set.of(Degree.MD),
                List.of(new BoardCertification("Internal Medicine", "ABIM", LocalDate.of(2030, 12, 31))),
                List.of(new StateLicense("MA", "224517", "Active", LocalDate.of(2028, 1, 31))), null, 16, 6, 2)));
        // Dr. Sam Rivera scores both; their "Reviews" page lists them.
        DemoActors.as("recruiter", () -> assignments.assign(List.of(jordan.id(), anita.id()), "reviewer"));
    }

    /** A one-page PDF standing in for a CV: enough for the content check and a download. */
    static UploadedDocument cv(String filename, String name) {
        String pdf = "%PDF-1.4\n% Curriculum vitae of " + name + "\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return new UploadedDocument(filename, "application/pdf", pdf.getBytes(StandardCharsets.US_ASCII));
    }
}
