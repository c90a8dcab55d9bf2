package health.staffing.candidates.referrals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.TextLimit;
import health.staffing.candidates.referrals.ReferralForm;
import health.staffing.candidates.referrals.ReferralRules;
import health.staffing.candidates.referrals.ReferralService;
import health.staffing.candidates.referrals.ReferralSummary;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * "Refer a colleague" for one posting: an employee found by name, or someone outside with a name
 * and an email, and why they fit. Below, the person's referrals to this job with their progress.
 */
@Route("jobs/:reference(\\d+)/refer")
@PermitAll
class ReferView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String COLLEAGUE = "A colleague";
    static final String OUTSIDE = "Someone outside the health system";

    final RadioButtonGroup<String> who = new RadioButtonGroup<>("Who do you refer?");
    final ComboBox<EmployeeSummary> colleague = new ComboBox<>("Colleague");
    final TextField name = new TextField("Name");
    final EmailField email = new EmailField("Email");
    final TextArea note = new TextArea("Why they fit (optional)");
    final Button submit = new Button("Send referral");
    final Div errors = new Div();
    final Div mine = new Div();
    private final ReferralService referrals;
    private final PostingService postings;
    private String title = "Refer a colleague";
    private @Nullable String reference;

    ReferView(ReferralService referrals, PostingService postings, EmployeeService employees) {
        this.referrals = referrals;
        this.postings = postings;
        addClassNames("page", "refer-view");
        who.setId("refer-who");
        who.setItems(COLLEAGUE, OUTSIDE);
        who.setValue(COLLEAGUE);
        who.addValueChangeListener(change -> showChoice());
        colleague.setId("refer-colleague");
        colleague.setPlaceholder("Type a name");
        colleague.setItems(query -> employees.searchByName(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        colleague.setItemLabelGenerator(e -> e.fullName() + (e.workLocation() == null ? "" : " · " + e.workLocation()));
        colleague.setWidthFull();
        name.setId("refer-name");
        name.setMaxLength(ReferralRules.MAX_NAME);
        email.setId("refer-email");
        email.setMaxLength(ReferralRules.MAX_EMAIL);
        note.setId("refer-note");
        note.setMaxLength(ReferralRules.MAX_NOTE);
        note.setWidthFull();
        errors.setId("refer-errors");
        errors.addClassName("form-errors");
        errors.setVisible(false);
        submit.setId("send-referral");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(click -> send());
        mine.setId("my-referrals");
        showChoice();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElseThrow();
        PublishedPosting posting = postings.liveByReference(reference).orElse(null);
        if (posting == null) {
            event.rerouteToError(NotFoundException.class, "Job " + reference + " is not open.");
            return;
        }
        title = "Refer someone: " + posting.title();
        removeAll();
        Paragraph help = new Paragraph("Know someone who would lead this well? Refer them: HR sees your referral when"
                + " they apply, and you hear how far it goes — never the reasons, which stay confidential.");
        help.addClassName("panel-description");
        FormLayout form = new FormLayout(who, colleague, name, email, note);
        form.setColspan(who, 2);
        form.setColspan(colleague, 2);
        form.setColspan(note, 2);
        Div panel = new Div(form, errors, submit);
        panel.addClassName("panel");
        add(new Anchor("jobs/" + reference, "← Back to the posting"), new H2(title), help, panel, mine);
        showMine();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void showChoice() {
        boolean inside = COLLEAGUE.equals(who.getValue());
        colleague.setVisible(inside);
        name.setVisible(!inside);
        email.setVisible(!inside);
    }

    private void send() {
        String ref = reference;
        if (ref == null) {
            return;
        }
        boolean inside = COLLEAGUE.equals(who.getValue());
        boolean refused = TextLimit.refusedOn(note, ReferralRules.note(note.getValue()));
        if (inside) {
            refused |= TextLimit.refusedOn(colleague, colleague.getValue() == null
                    ? Optional.of("Choose the colleague.") : Optional.empty());
        } else {
            refused |= TextLimit.refusedOn(name, ReferralRules.name(name.getValue()));
            refused |= TextLimit.refusedOn(email, ReferralRules.email(email.getValue()));
        }
        if (refused) {
            return;
        }
        EmployeeSummary chosen = colleague.getValue();
        ReferralForm form = inside && chosen != null ? ReferralForm.colleague(chosen.id(), note.getValue())
                : ReferralForm.outside(name.getValue(), email.getValue(), note.getValue());
        try {
            ReferralSummary sent = referrals.refer(ref, form);
            errors.setVisible(false);
            colleague.clear();
            name.clear();
            email.clear();
            note.clear();
            Notification.show("Thank you: " + sent.referredName() + " is referred.", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            showMine();
        } catch (DomainException refusedByService) {
            errors.setText(refusedByService.getMessage());
            errors.setVisible(true);
        }
    }

    private void showMine() {
        mine.removeAll();
        String ref = reference;
        if (ref == null) {
            return;
        }
        List<ReferralSummary> referred = referrals.myReferrals(ref);
        if (referred.isEmpty()) {
            return;
        }
        mine.add(new H3("Your referrals to this job"));
        for (ReferralSummary referral : referred) {
            Paragraph line = new Paragraph(referral.referredName() + " · referred " + Dates.day(referral.referredAt())
                    + " · " + referral.progress().label());
            line.setId("referral-" + referral.id());
            mine.add(line);
        }
    }
}
