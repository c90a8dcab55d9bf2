package health.staffing.candidates;

import health.staffing.requisitions.Degree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Application forms for tests, saying only what matters to the test: {@code ApplicationForms.cvOnly()}, or
 * {@code ApplicationForms.withCv().degrees(Degree.MD).licence("NY", "123456", "Active", until).years(8, 3, 1)
 * .build()} instead of nine positional arguments.
 */
public final class ApplicationForms {

    private UploadedDocument cv = TestDocuments.cv();
    private UploadedDocument coverLetter;
    private Set<Degree> degrees = Set.of();
    private final List<BoardCertification> certifications = new ArrayList<>();
    private final List<StateLicense> licences = new ArrayList<>();
    private String npi;
    private Integer clinicalYears;
    private Integer leadershipYears;
    private Integer managedCareYears;

    private ApplicationForms() {
    }

    /** A CV (a valid PDF) and nothing else: the least a caregiver can send. */
    public static ApplicationForm cvOnly() {
        return withCv().build();
    }

    /** A complete application: CV, cover letter, MD and MBA, a board certification, an MA licence, NPI, years. */
    public static ApplicationForm complete() {
        return withCv().coverLetter(new UploadedDocument("letter.docx", "application/octet-stream",
                TestDocuments.docx())).degrees(Degree.MD, Degree.MBA)
                .certification("Internal Medicine", "ABIM", LocalDate.of(2030, 12, 31))
                .licence("MA", "123456", "Active", LocalDate.of(2028, 6, 30)).npi("1234567893").years(8, 3, 1).build();
    }

    public static ApplicationForms withCv() {
        return new ApplicationForms();
    }

    public ApplicationForms cv(UploadedDocument document) {
        this.cv = document;
        return this;
    }

    public ApplicationForms coverLetter(UploadedDocument document) {
        this.coverLetter = document;
        return this;
    }

    public ApplicationForms degrees(Degree... degrees) {
        return degrees(Set.of(degrees));
    }

    public ApplicationForms degrees(Set<Degree> degrees) {
        this.degrees = degrees;
        return this;
    }

    public ApplicationForms certification(String specialty, String board, LocalDate expiresOn) {
        return certifications(List.of(new BoardCertification(specialty, board, expiresOn)));
    }

    public ApplicationForms certifications(List<BoardCertification> certifications) {
        this.certifications.addAll(certifications);
        return this;
    }

    public ApplicationForms licence(String state, String number, String status, LocalDate expiresOn) {
        return licences(List.of(new StateLicense(state, number, status, expiresOn)));
    }

    public ApplicationForms licences(List<StateLicense> licences) {
        this.licences.addAll(licences);
        return this;
    }

    public ApplicationForms npi(String npi) {
        this.npi = npi;
        return this;
    }

    /** Years of clinical practice after residency, of physician leadership, of managed care (null: not said). */
    public ApplicationForms years(Integer clinical, Integer leadership, Integer managedCare) {
        this.clinicalYears = clinical;
        this.leadershipYears = leadership;
        this.managedCareYears = managedCare;
        return this;
    }

    public ApplicationForm build() {
        return new ApplicationForm(cv, coverLetter, degrees, List.copyOf(certifications), List.copyOf(licences), npi,
                clinicalYears, leadershipYears, managedCareYears);
    }
}
