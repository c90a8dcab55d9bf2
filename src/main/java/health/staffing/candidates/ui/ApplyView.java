package health.staffing.candidates.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicantProfile;
import health.staffing.candidates.ApplicationForm;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.BoardCertification;
import health.staffing.candidates.DocumentKind;
import health.staffing.candidates.DocumentRules;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.Npi;
import health.staffing.candidates.StateLicense;
import health.staffing.candidates.UploadedDocument;
import health.staffing.requisitions.Degree;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
    private String reference;

    final Div refusal = new Div();
    final Paragraph alreadyApplied = new Paragraph();
    final Span applicantCount = new Span();
    final TextField name = readOnly("Name");
    final TextField employeeNumber = readOnly("Employee number");
    final TextField email = readOnly("Email");
    final TextField position = readOnly("Current position");
    final Upload cvUpload = new Upload();
    final Span cvFile = new Span();
    final Span cvError = new Span();
    final Upload coverUpload = new Upload();
    final Span coverFile = new Span();
    final Span coverError = new Span();
    final MultiSelectComboBox<Degree> degrees = new MultiSelectComboBox<>("Degrees");
    final VerticalLayout certifications = new VerticalLayout();
    final VerticalLayout licenses = new VerticalLayout();
    final List<CertificationRow> certificationRows = new ArrayList<>();
    final List<LicenseRow> licenseRows = new ArrayList<>();
    final TextField npi = new TextField("NPI");
    final IntegerField clinicalYears = years("Years of clinical practice after residency");
    final IntegerField leadershipYears = years("Years in physician leadership");
    final IntegerField managedCareYears = years("Years in managed care / utilization management");
    final Button submit = new Button("Submit application");
    private volatile UploadedDocument cv;
    private volatile UploadedDocument coverLetter;

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
        cvUpload.setId("cv-upload");
        coverUpload.setId("cover-letter-upload");
        cvError.setId("cv-error");
        coverError.setId("cover-letter-error");
        for (Span error : List.of(cvError, coverError)) {
            error.addClassName("field-error");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        npi.setId("npi");
        npi.setMaxLength(10);
        npi.setAllowedCharPattern("\\d");
        npi.setHelperText("10 digits; checked against its check digit");
        degrees.setItems(Degree.values());
        degrees.setItemLabelGenerator(Degree::label);
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElseThrow();
        PublishedPosting posting = postings.liveByReference(reference).orElse(null);
        if (posting == null) {
            event.rerouteToError(NotFoundException.class, "Job " + reference + " is not open.");
            return;
        }
        title = "Apply: " + posting.title();
        removeAll();
        add(new Anchor("jobs/" + reference, "← Back to the posting"), new H2(posting.title()));
        long count = applications.applicantsFor(reference);
        applicantCount.setText("Job " + reference + " · " + count + (count == 1 ? " applicant" : " applicants"));
        add(applicantCount);
        Optional<MyApplication> mine = applications.myApplicationFor(reference);
        if (mine.isPresent()) {
            alreadyApplied.setText("You applied on " + MyApplicationsView.day(mine.get().submittedAt()) + ". Status: "
                    + mine.get().status() + ".");
            add(alreadyApplied, new Anchor("my-applications", "See my applications"));
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
        add(refusal, section("Your employee record", grid(name, employeeNumber, email, position)),
                section("Documents", uploadBlock(DocumentKind.CV, cvUpload, cvFile, cvError),
                        uploadBlock(DocumentKind.COVER_LETTER, coverUpload, coverFile, coverError)),
                section("Credentials", degrees, certificationsBlock(), licensesBlock(), grid(npi, clinicalYears,
                        leadershipYears, managedCareYears)),
                submit);
    }

    private Div uploadBlock(DocumentKind kind, Upload upload, Span file, Span error) {
        long max = applications.maxUploadBytes();
        upload.setAcceptedFileTypes(".pdf", ".docx", DocumentRules.PDF, DocumentRules.DOCX);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            UploadedDocument document = new UploadedDocument(metadata.fileName(), metadata.contentType(), bytes);
            Optional<String> problem = DocumentRules.problem(kind, document, max);
            ui.access(() -> received(kind, problem.isEmpty() ? document : null, problem.orElse(""),
                    problem.isEmpty() ? metadata.fileName() : null));
        }));
        upload.addFileRejectedListener(e -> error.setText(e.getErrorMessage()));
        H3 heading = new H3(kind.label() + (kind == DocumentKind.CV ? "" : " (optional)"));
        Span hint = new Span("PDF or Word (.docx), up to " + (max / (1024 * 1024)) + " MB");
        hint.addClassName("panel-description");
        Div block = new Div(heading, hint, upload, file, error);
        block.addClassName("upload-block");
        return block;
    }

    private void received(DocumentKind kind, UploadedDocument document, String problem, String filename) {
        if (kind == DocumentKind.CV) {
            cvError.setText(problem);
            if (document != null) {
                cv = document;
                cvFile.setText("Attached: " + filename);
            }
        } else {
            coverError.setText(problem);
            if (document != null) {
                coverLetter = document;
                coverFile.setText("Attached: " + filename);
            }
        }
    }

    private Div certificationsBlock() {
        certifications.setPadding(false);
        certifications.setSpacing(false);
        Button add = new Button("Add board certification", e -> addCertification());
        add.setId("add-certification");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new Div(new H3("Board certifications"), certifications, add);
    }

    private Div licensesBlock() {
        licenses.setPadding(false);
        licenses.setSpacing(false);
        Button add = new Button("Add state license", e -> addLicense());
        add.setId("add-license");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new Div(new H3("State medical licenses"), licenses, add);
    }

    CertificationRow addCertification() {
        CertificationRow row = new CertificationRow();
        certificationRows.add(row);
        row.remove.addClickListener(e -> {
            certificationRows.remove(row);
            certifications.remove(row.layout);
        });
        certifications.add(row.layout);
        return row;
    }

    LicenseRow addLicense() {
        LicenseRow row = new LicenseRow();
        licenseRows.add(row);
        row.remove.addClickListener(e -> {
            licenseRows.remove(row);
            licenses.remove(row.layout);
        });
        licenses.add(row.layout);
        return row;
    }

    void submit() {
        refusal.setVisible(false);
        boolean ok = true;
        long max = applications.maxUploadBytes();
        if (cv == null) {
            if (cvError.getText().isEmpty()) {
                cvError.setText("Attach your CV (PDF or Word .docx).");
            }
            ok = false;
        } else {
            ok &= showProblem(cvError, DocumentRules.problem(DocumentKind.CV, cv, max));
        }
        if (coverLetter != null) {
            ok &= showProblem(coverError, DocumentRules.problem(DocumentKind.COVER_LETTER, coverLetter, max));
        }
        String number = npi.getValue().trim();
        Optional<String> npiProblem = number.isEmpty() ? Optional.empty() : Npi.problem(number);
        npi.setInvalid(npiProblem.isPresent());
        npi.setErrorMessage(npiProblem.orElse(null));
        ok &= npiProblem.isEmpty();
        for (IntegerField field : List.of(clinicalYears, leadershipYears, managedCareYears)) {
            ok &= !field.isInvalid();
        }
        for (CertificationRow row : certificationRows) {
            ok &= row.validate();
        }
        for (LicenseRow row : licenseRows) {
            ok &= row.validate();
        }
        if (!ok) {
            return;
        }
        ApplicationForm form = new ApplicationForm(cv, coverLetter, degrees.getValue(),
                certificationRows.stream().map(CertificationRow::value).toList(),
                licenseRows.stream().map(LicenseRow::value).toList(), number.isEmpty() ? null : number,
                clinicalYears.getValue(), leadershipYears.getValue(), managedCareYears.getValue());
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

    private static boolean showProblem(Span error, Optional<String> problem) {
        error.setText(problem.orElse(""));
        return problem.isEmpty();
    }

    private static TextField readOnly(String label) {
        TextField field = new TextField(label);
        field.setReadOnly(true);
        return field;
    }

    private static IntegerField years(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setMax(70);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static Div section(String heading, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H3(heading));
        section.add(content);
        section.addClassName("panel");
        return section;
    }

    private static HorizontalLayout grid(com.vaadin.flow.component.Component... fields) {
        HorizontalLayout layout = new HorizontalLayout(fields);
        layout.setWrap(true);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        return layout;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** One board certification: specialty, board, expiry. */
    static final class CertificationRow {
        final TextField specialty = new TextField("Specialty");
        final TextField board = new TextField("Board");
        final DatePicker expires = new DatePicker("Expires");
        final Button remove = new Button("Remove");
        final HorizontalLayout layout = new HorizontalLayout(specialty, board, expires, remove);

        CertificationRow() {
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.setWrap(true);
        }

        boolean validate() {
            return required(specialty) & required(board);
        }

        BoardCertification value() {
            return new BoardCertification(specialty.getValue().trim(), board.getValue().trim(), expires.getValue());
        }
    }

    /** One state medical license: state, number, status, expiry. */
    static final class LicenseRow {
        final ComboBox<String> state = new ComboBox<>("State");
        final TextField number = new TextField("License number");
        final ComboBox<String> status = new ComboBox<>("Status");
        final DatePicker expires = new DatePicker("Expires");
        final Button remove = new Button("Remove");
        final HorizontalLayout layout = new HorizontalLayout(state, number, status, expires, remove);

        LicenseRow() {
            state.setItems(STATES);
            status.setItems(StateLicense.STATUSES);
            status.setValue("Active");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.setWrap(true);
        }

        boolean validate() {
            boolean ok = required(number);
            state.setInvalid(state.getValue() == null);
            state.setErrorMessage(state.getValue() == null ? "Choose the state." : null);
            status.setInvalid(status.getValue() == null);
            status.setErrorMessage(status.getValue() == null ? "Choose the status." : null);
            return ok && state.getValue() != null && status.getValue() != null;
        }

        StateLicense value() {
            return new StateLicense(state.getValue(), number.getValue().trim(), status.getValue(), expires.getValue());
        }
    }

    private static boolean required(TextField field) {
        boolean blank = field.getValue().isBlank();
        field.setInvalid(blank);
        field.setErrorMessage(blank ? "Enter the " + field.getLabel().toLowerCase() + "." : null);
        return !blank;
    }

    static final List<String> STATES = Arrays.asList("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DC", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY");
}
