package health.staffing.candidates.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.Panel;
import health.staffing.candidates.ApplicantProfile;
import health.staffing.candidates.ApplicationForm;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.DocumentKind;
import health.staffing.candidates.MyApplication;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Applying to a live posting ({@code /jobs/102619/apply}): the employee record pre-filled and
 * read-only, CV and cover letter (PDF or DOCX, checked by content), credentials. Problems show next
 * to their fields and nothing typed or uploaded is lost.
 */
@Route("jobs/:reference(\\d+)/apply")
@PermitAll
class ApplyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applications;
    private final PostingService postings;
    private String title = "Apply";
    private @Nullable String reference;

    final Div refusal = new Div();
    final Paragraph alreadyApplied = new Paragraph();
    final Span applicantCount = new Span();
    final TextField name = readOnly("Name");
    final TextField employeeNumber = readOnly("Employee number");
    final TextField email = readOnly("Email");
    final TextField position = readOnly("Current position");
    final CredentialsFields credentials = new CredentialsFields();
    @Nullable DocumentUploadField cv; // built when the form is shown: it is not for everyone
    @Nullable DocumentUploadField coverLetter;
    final Button submit = new Button("Submit application");

    ApplyView(ApplicationService applications, PostingService postings) {
        this.applications = applications;
        this.postings = postings;
        addClassNames("page", "apply-view");
        refusal.setId("apply-error");
        refusal.addClassName("form-errors");
        refusal.setVisible(false);
        alreadyApplied.setId("already-applied");
        applicantCount.setId("applicant-count");
        applicantCount.addClassName("panel-description");
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElseThrow();
        this.reference = reference;
        PublishedPosting posting = postings.liveByReference(reference).orElse(null);
        if (posting == null) {
            event.rerouteToError(NotFoundException.class, "Job " + reference + " is not open.");
            return;
        }
        title = "Apply: " + posting.title();
        removeAll();
        add(new Anchor("jobs/" + reference, "← Back to the posting"), new H2(posting.title()));
        OptionalLong count = applications.applicantsFor(posting.requisitionId(), reference);
        applicantCount.setText("Job " + reference + (count.isEmpty() ? ""
                : " · " + count.getAsLong() + (count.getAsLong() == 1 ? " applicant" : " applicants")));
        add(applicantCount);
        Optional<MyApplication> mine = applications.myApplicationFor(reference);
        if (mine.isPresent()) {
            alreadyApplied.setText("You applied on " + MyApplicationsView.day(mine.get().submittedAt()) + ". Status: "
                    + mine.get().status() + ".");
            alreadyApplied.add(new Text(" "), new Anchor("my-applications", "See my applications"));
            add(alreadyApplied);
            return;
        }
        Optional<String> notForYou = applications.whyNotApply(reference);
        if (notForYou.isPresent()) {
            Paragraph why = new Paragraph(notForYou.get());
            why.setId("not-for-you");
            why.addClassName("notice");
            add(why);
            return;
        }
        Optional<ApplicantProfile> profile = applications.myProfile();
        if (profile.isEmpty()) {
            add(new Paragraph("Applying needs an employee record linked to your account. Please contact HR."));
            return;
        }
        name.setValue(profile.get().fullName());
        employeeNumber.setValue(profile.get().employeeNumber());
        email.setValue(profile.get().email());
        position.setValue(profile.get().currentPosition());
        long max = applications.maxUploadBytes();
        DocumentUploadField cv = new DocumentUploadField(DocumentKind.CV, max, "Attach your CV (PDF or Word .docx).",
                "CV");
        cv.upload.setId("cv-upload");
        cv.error.setId("cv-error");
        DocumentUploadField coverLetter = new DocumentUploadField(DocumentKind.COVER_LETTER, max, null,
                "Cover letter (optional)");
        coverLetter.upload.setId("cover-letter-upload");
        coverLetter.error.setId("cover-letter-error");
        this.cv = cv;
        this.coverLetter = coverLetter;
        add(refusal, Panel.titled("Your employee record", CredentialsFields.row(name, employeeNumber, email, position)),
                Panel.titled("Documents", cv, coverLetter), Panel.titled("Credentials", credentials), submit);
    }

    void submit() {
        DocumentUploadField cv = this.cv;
        DocumentUploadField coverLetter = this.coverLetter;
        String reference = this.reference;
        if (cv == null || coverLetter == null || reference == null) {
            return; // no form is shown
        }
        refusal.setVisible(false);
        boolean ok = cv.validate() & coverLetter.validate() & credentials.validate();
        if (!ok) {
            return;
        }
        ApplicationForm form = credentials.toForm(cv.value(), coverLetter.value());
        try {
            applications.apply(reference, form);
        } catch (DomainException refused) {
            refusal.setText(refused.getMessage());
            refusal.setVisible(true);
            return;
        }
        Notification.show("Your application was sent. You can follow it here.", 4000, Notification.Position.BOTTOM_START);
        UI.getCurrent().navigate(MyApplicationsView.class);
    }

    private static TextField readOnly(String label) {
        TextField field = new TextField(label);
        field.setReadOnly(true);
        return field;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
