package health.staffing.candidates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import health.staffing.base.TextLimits;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.candidates.ApplicationForm;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.BoardCertification;
import health.staffing.candidates.Npi;
import health.staffing.candidates.StateLicense;
import health.staffing.candidates.UploadedDocument;
import health.staffing.requisitions.Degree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The credentials a physician leader declares: degrees, board certifications, state medical
 * licenses, NPI (check digit validated) and the three experience figures. One component for the
 * caregiver's application and for HR adding an external candidate, so both ask the same way.
 */
public class CredentialsFields extends Div {

    final MultiSelectComboBox<Degree> degrees = new MultiSelectComboBox<>("Degrees");
    final VerticalLayout certifications = new VerticalLayout();
    final VerticalLayout licenses = new VerticalLayout();
    final List<CertificationRow> certificationRows = new ArrayList<>();
    final List<LicenseRow> licenseRows = new ArrayList<>();
    public final TextField npi = new TextField("NPI");
    final Checkbox residency = new Checkbox("Completed an ACGME-accredited (or AOA-accredited) residency");
    final NumberInput<Integer> clinicalYears = years("Years of clinical practice after residency", "clinical practice");
    final NumberInput<Integer> leadershipYears = years("Years in physician leadership", "physician leadership");
    final NumberInput<Integer> managedCareYears = years("Years in managed care / utilization management",
            "managed care");

    public CredentialsFields() {
        addClassName("credentials-fields");
        npi.setId("npi");
        degrees.setId("degrees");
        certifications.setId("certifications");
        licenses.setId("licenses");
        clinicalYears.setId("clinical-years");
        leadershipYears.setId("leadership-years");
        managedCareYears.setId("managed-care-years");
        npi.setMaxLength(10);
        npi.setAllowedCharPattern("\\d");
        npi.setHelperText("10 digits; checked against its check digit");
        degrees.setItems(Degree.values());
        degrees.setItemLabelGenerator(Degree::label);
        residency.setId("residency-completed");
        add(degrees, residency, certificationsBlock(), licensesBlock(),
                row(npi, clinicalYears, leadershipYears, managedCareYears));
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

    public LicenseRow addLicense() {
        LicenseRow row = new LicenseRow();
        licenseRows.add(row);
        row.remove.addClickListener(e -> {
            licenseRows.remove(row);
            licenses.remove(row.layout);
        });
        licenses.add(row.layout);
        return row;
    }

    /** Shows every problem at its field; true when there is none. */
    public boolean validate() {
        boolean ok = true;
        String number = npi.getValue().strip();
        Optional<String> npiProblem = number.isEmpty() ? Optional.empty() : Npi.problem(number);
        npi.setInvalid(npiProblem.isPresent());
        npi.setErrorMessage(npiProblem.orElse(null));
        ok &= npiProblem.isEmpty();
        for (NumberInput<Integer> field : List.of(clinicalYears, leadershipYears, managedCareYears)) {
            field.setInvalid(field.isBadInput() || field.isInvalid());
            ok &= !field.isInvalid();
        }
        for (CertificationRow row : certificationRows) {
            ok &= row.validate();
        }
        for (LicenseRow row : licenseRows) {
            ok &= row.validate();
        }
        return ok;
    }

    /** The declared credentials with these documents, as the services take them. */
    public ApplicationForm toForm(@Nullable UploadedDocument cv, @Nullable UploadedDocument coverLetter) {
        String number = npi.getValue().strip();
        return new ApplicationForm(cv, coverLetter, degrees.getValue(),
                certificationRows.stream().map(CertificationRow::value).toList(),
                licenseRows.stream().map(LicenseRow::value).toList(), number.isEmpty() ? null : number,
                clinicalYears.number().orElse(null), leadershipYears.number().orElse(null),
                managedCareYears.number().orElse(null), residency.getValue() ? Boolean.TRUE : null);
    }

    /** Whole years, checked while typing with the service's own range rule. */
    private static NumberInput<Integer> years(String label, String what) {
        NumberInput<Integer> field = NumberInput.whole(label, "12");
        field.setMaxLength(3);
        field.addValueChangeListener(change -> {
            if (!field.isBadInput()) {
                Optional<String> problem = field.number().flatMap(years -> ApplicationService.yearsProblem(years, what));
                field.setInvalid(problem.isPresent());
                field.setErrorMessage(problem.orElse(null));
            }
        });
        return field;
    }

    public static HorizontalLayout row(Component... fields) {
        HorizontalLayout layout = new HorizontalLayout(fields);
        layout.setWrap(true);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        return layout;
    }

    /** One board certification: specialty, board, expiry. */
    static final class CertificationRow {
        final TextField specialty = new TextField("Specialty");
        final TextField board = new TextField("Board");
        public final DatePicker expires = new DatePicker("Expires");
        public final Button remove = new Button("Remove");
        final HorizontalLayout layout = new HorizontalLayout(specialty, board, expires, remove);

        CertificationRow() {
            specialty.setMaxLength(BoardCertification.MAX_SPECIALTY);
            board.setMaxLength(BoardCertification.MAX_BOARD);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.setWrap(true);
        }

        boolean validate() {
            return required(specialty) & required(board);
        }

        BoardCertification value() {
            // strip(), not trim(): trim() would silently drop control characters the rules must refuse.
            return new BoardCertification(specialty.getValue().strip(), board.getValue().strip(), expires.getValue());
        }
    }

    /** One state medical license: state, number, status, expiry. */
    public static final class LicenseRow {
        public final ComboBox<String> state = new ComboBox<>("State");
        public final TextField number = new TextField("License number");
        public final ComboBox<String> status = new ComboBox<>("Status");
        public final DatePicker expires = new DatePicker("Expires");
        public final Button remove = new Button("Remove");
        final HorizontalLayout layout = new HorizontalLayout(state, number, status, expires, remove);

        LicenseRow() {
            number.setMaxLength(StateLicense.MAX_NUMBER);
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
            return new StateLicense(state.getValue(), number.getValue().strip(), status.getValue(), expires.getValue());
        }
    }

    private static boolean required(TextField field) {
        boolean blank = TextLimits.isBlank(field.getValue());
        field.setInvalid(blank);
        field.setErrorMessage(blank ? "Enter the " + field.getLabel().toLowerCase() + "." : null);
        return !blank;
    }

    static final List<String> STATES = Arrays.asList("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DC", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY");
}
