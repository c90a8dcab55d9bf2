package health.staffing.candidates.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.DomainRule;
import health.staffing.base.ui.component.Panel;
import health.staffing.candidates.AlreadyACandidate;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.DocumentKind;
import health.staffing.candidates.ExternalCandidateAdded;
import health.staffing.candidates.ExternalCandidateForm;
import health.staffing.candidates.ExternalCandidateService;
import health.staffing.candidates.PossibleDuplicate;
import health.staffing.candidates.ui.CredentialsFields;
import health.staffing.candidates.ui.DocumentUploadField;
import health.staffing.requisitions.RequisitionFilter;
import health.staffing.requisitions.RequisitionListItem;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/**
 * HR adds a person from outside the health system to a posted requisition
 * ({@code /candidates/new?ref=102602}): name, email and phone, the CV (required) and cover letter
 * checked by content, and the same credentials a caregiver declares. Problems show at their fields;
 * nothing typed or uploaded is lost.
 */
@Route("candidates/new")
@PageTitle("Add external candidate")
@RolesAllowed(AppRoles.RECRUITER)
class ExternalCandidateView extends Main implements BeforeEnterObserver {

    private final ExternalCandidateService external;
    final Div refusal = new Div();
    final ComboBox<RequisitionListItem> requisition = new ComboBox<>("Requisition");
    final TextField givenName = new TextField("Given name");
    final TextField familyName = new TextField("Family name");
    final EmailField email = new EmailField("Email");
    final TextField phone = new TextField("Phone (optional)");
    final TextField employeeNumber = new TextField("Employee number (if they have one)");
    final Button addAnyway = new Button("It is someone else: add them");
    final DocumentUploadField cv;
    final DocumentUploadField coverLetter;
    final CredentialsFields credentials = new CredentialsFields();
    final Button submit = new Button("Add candidate");
    private final Binder<Person> binder = new Binder<>();
    private final RouterLink back = new RouterLink("← Candidates", CandidateReviewView.class);

    ExternalCandidateView(ExternalCandidateService external, ApplicationService applications,
            RequisitionService requisitions) {
        this.external = external;
        addClassNames("page", "external-candidate-view");
        refusal.setId("external-candidate-error");
        refusal.addClassName("form-errors");
        refusal.setVisible(false);

        requisition.setId("external-requisition");
        requisition.setItems(requisitions.list(RequisitionFilter.inStatus(RequisitionStatus.POSTED),
                PageRequest.of(0, 500)));
        requisition.setItemLabelGenerator(r -> r.reference() + " · " + r.title());
        requisition.setWidth("28rem");
        requisition.setRequiredIndicatorVisible(true);
        requisition.addValueChangeListener(e -> {
            requisition.setInvalid(false);
            back.setQueryParameters(e.getValue() == null ? QueryParameters.empty()
                    : QueryParameters.of("ref", e.getValue().reference()));
        });
        givenName.setId("given-name");
        familyName.setId("family-name");
        email.setId("email");
        phone.setId("phone");
        // The browser stops typing at the column's width; a client that sends more gets the rule's words.
        for (TextField field : new TextField[] {givenName, familyName}) {
            field.setMaxLength(ExternalCandidateService.MAX_NAME);
            field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage("The " + field.getLabel().toLowerCase()
                    + " can be at most " + ExternalCandidateService.MAX_NAME + " characters."));
        }
        email.setMaxLength(ExternalCandidateService.MAX_EMAIL);
        // The field's own format check runs before the binder's: give it the same words.
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage("Enter a valid email address, such as name@example.org.")
                .setMaxLengthErrorMessage("The email address is longer than 200 characters."));
        phone.setMaxLength(ExternalCandidateService.MAX_PHONE);
        phone.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage("The phone number can be at most "
                + ExternalCandidateService.MAX_PHONE + " characters."));
        employeeNumber.setId("employee-number");
        employeeNumber.setMaxLength(20);
        employeeNumber.setHelperText("A former employee, say. Current employees apply themselves.");
        addAnyway.setId("add-despite-duplicate");
        addAnyway.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addAnyway.setVisible(false);
        addAnyway.addClickListener(e -> submit(true));
        binder.forField(givenName).asRequired("Enter the given name.")
                .withValidator(DomainRule.of(v -> ExternalCandidateService.nameProblem(v, "given name")))
                .bind(Person::getGivenName, Person::setGivenName);
        binder.forField(familyName).asRequired("Enter the family name.")
                .withValidator(DomainRule.of(v -> ExternalCandidateService.nameProblem(v, "family name")))
                .bind(Person::getFamilyName, Person::setFamilyName);
        binder.forField(email).asRequired("Enter the email address.")
                .withValidator(DomainRule.of(ExternalCandidateService::emailProblem))
                .bind(Person::getEmail, Person::setEmail);
        binder.forField(phone).withValidator(DomainRule.of(ExternalCandidateService::phoneProblem))
                .bind(Person::getPhone, Person::setPhone);
        binder.setBean(new Person());

        long max = applications.maxUploadBytes();
        cv = new DocumentUploadField(DocumentKind.CV, max, "Attach the candidate's CV (PDF or Word .docx).", "CV");
        cv.upload.setId("external-cv-upload");
        cv.error.setId("external-cv-error");
        coverLetter = new DocumentUploadField(DocumentKind.COVER_LETTER, max, null, "Cover letter (optional)");
        coverLetter.upload.setId("external-cover-letter-upload");
        coverLetter.error.setId("external-cover-letter-error");
        submit.setId("add-external-candidate");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(false));

        add(back, new H2("Add external candidate"), refusal, addAnyway,
                Panel.titled("Requisition", requisition),
                Panel.titled("Candidate", CredentialsFields.row(givenName, familyName, email, phone),
                        CredentialsFields.row(employeeNumber)),
                Panel.titled("Documents", cv, coverLetter), Panel.titled("Credentials", credentials), submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> reference = event.getLocation().getQueryParameters().getSingleParameter("ref");
        reference.flatMap(ref -> requisition.getListDataView().getItems().filter(r -> r.reference().equals(ref))
                .findFirst()).ifPresent(requisition::setValue);
    }

    void submit() {
        submit(false);
    }

    /** @param notADuplicate HR checked the possible duplicates listed and confirms this is someone else */
    void submit(boolean notADuplicate) {
        refusal.setVisible(false);
        addAnyway.setVisible(false);
        boolean ok = binder.validate().isOk();
        if (requisition.getValue() == null) {
            requisition.setInvalid(true);
            requisition.setErrorMessage("Choose the posted requisition the candidate is for.");
            ok = false;
        }
        ok &= cv.validate() & coverLetter.validate() & credentials.validate();
        if (!ok) {
            return;
        }
        Person person = binder.getBean();
        ExternalCandidateForm form = new ExternalCandidateForm(person.getGivenName(), person.getFamilyName(),
                person.getEmail(), person.getPhone(), employeeNumber.getValue(),
                credentials.toForm(cv.value(), coverLetter.value()));
        ExternalCandidateAdded added;
        try {
            String reference = requisition.getValue().reference();
            added = notADuplicate ? external.addConfirmingNotADuplicate(reference, form)
                    : external.add(reference, form);
        } catch (AlreadyACandidate twice) {
            email.setInvalid(true);
            email.setErrorMessage(twice.getMessage());
            return;
        } catch (PossibleDuplicate lookalike) {
            refusal.setText(lookalike.getMessage());
            refusal.setVisible(true);
            addAnyway.setVisible(true);
            return;
        } catch (DomainException refused) {
            refusal.setText(refused.getMessage());
            refusal.setVisible(true);
            return;
        }
        Notification.show(added.notice() != null ? added.notice() : person.getGivenName().trim() + " "
                + person.getFamilyName().trim() + " was added to " + requisition.getValue().reference() + ".",
                added.notice() != null ? 8000 : 4000, Notification.Position.BOTTOM_START);
        UI.getCurrent().navigate(ApplicationDetailView.class, ApplicationDetailView.parameters(added.applicationId()));
    }


    /** What the person fields hold while HR types. */
    static final class Person {
        private String givenName = "";
        private String familyName = "";
        private String email = "";
        private String phone = "";

        String getGivenName() {
            return givenName;
        }

        void setGivenName(String givenName) {
            this.givenName = givenName;
        }

        String getFamilyName() {
            return familyName;
        }

        void setFamilyName(String familyName) {
            this.familyName = familyName;
        }

        String getEmail() {
            return email;
        }

        void setEmail(String email) {
            this.email = email;
        }

        String getPhone() {
            return phone;
        }

        void setPhone(String phone) {
            this.phone = phone;
        }
    }
}
