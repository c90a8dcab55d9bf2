package health.staffing.requisitions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder.Binding;
import com.vaadin.flow.data.binder.Binder;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.Badge;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.requisitions.Degree;
import health.staffing.requisitions.EducationLevel;
import health.staffing.requisitions.PostingContent;
import health.staffing.requisitions.PostingDraft;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PostingVersionSummary;
import health.staffing.requisitions.PostingVisibility;
import health.staffing.requisitions.PublishedPosting;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * HR's posting editor for one approved requisition, for the requisition detail page: the sections
 * (add, remove, reorder; kind, heading, Markdown text), the typed requirements, visibility and
 * dates, a live preview exactly as caregivers will see it (with pay, reports-to and dotted lines
 * from the requisition and org chart), Save draft, Publish, and the published versions.
 * <p>
 * A refused save or publish (pay transparency, a stale version) says why and keeps everything typed.
 */
public class PostingEditor extends Composite<VerticalLayout> {

    private final PostingService postings;
    private final long requisitionId;
    private PostingDraft draft;
    private Runnable onPublished = () -> { };
    private final PostingFormModel model = new PostingFormModel();

    final Span status = new Span();
    final PostingSections sections = new PostingSections(this::refreshPreview);

    final Select<EducationLevel> educationMinimum = new Select<>();
    final MultiSelectComboBox<Degree> acceptedDegrees = new MultiSelectComboBox<>("Degrees accepted");
    final NumberInput<Integer> clinicalYears = NumberInput.whole("Clinical years after residency", "5");
    final NumberInput<Integer> leadershipYears = NumberInput.whole("Leadership years", "3");
    final NumberInput<Integer> managedCareYears = NumberInput.whole("Managed care years", "2");
    final MultiSelectComboBox<Degree> preferredDegrees = new MultiSelectComboBox<>("Degrees preferred (not required)");
    final NumberInput<Integer> combinedYears = NumberInput.whole(
            "Clinical, educational and administrative years (combined)", "5");
    final TextField licenceStates = new TextField("Medical licence required in (states)");
    final Checkbox boardCertification = new Checkbox("Board certification required");
    final Checkbox residency = new Checkbox("Completed ACGME-accredited residency required");
    final TextArea competencies = new TextArea("Competencies (one per line)");
    final TextArea otherLocations = new TextArea("Also based at (multi-site roles: one City, ST per line)");

    final RadioButtonGroup<PostingVisibility> visibility = new RadioButtonGroup<>("Who may apply");
    final NumberInput<Integer> internalDays = NumberInput.whole("Days for internal caregivers only", "14");
    final DatePicker openDate = new DatePicker("Open date");
    final DatePicker closeDate = new DatePicker("Close date");
    final Checkbox untilFilled = new Checkbox("Open until filled (no close date)");

    final Button save = new Button("Save draft");
    final Button publish = new Button("Publish");
    final Div problem = new Div();
    final PostingPreview preview = new PostingPreview();
    final Grid<PostingVersionSummary> history = new Grid<>();

    final Binder<PostingFormModel> binder = new Binder<>();
    private final Binding<PostingFormModel, java.time.LocalDate> closeBinding;

    public PostingEditor(PostingService postings, long requisitionId) {
        this.postings = postings;
        this.requisitionId = requisitionId;

        educationMinimum.setLabel("Education (minimum)");
        educationMinimum.setItems(EducationLevel.values());
        educationMinimum.setItemLabelGenerator(level -> level == null ? "Not stated" : level.label());
        educationMinimum.setEmptySelectionAllowed(true);
        educationMinimum.setEmptySelectionCaption("Not stated");
        acceptedDegrees.setItems(Degree.values());
        acceptedDegrees.setItemLabelGenerator(Degree::label);
        preferredDegrees.setItems(Degree.values());
        preferredDegrees.setItemLabelGenerator(Degree::label);
        preferredDegrees.setHelperText("A plus in screening, never a reason to fail (e.g. MBA, MHA)");
        for (NumberInput<Integer> years : List.of(clinicalYears, leadershipYears, managedCareYears, combinedYears)) {
            years.setHelperText("0 to 60; empty when not required");
        }
        licenceStates.setHelperText("Two-letter codes, e.g. NY or MA, NY");
        competencies.setHelperText("Seed 004: Integrity and Trust, Customer Focus, ...");
        visibility.setItems(PostingVisibility.values());
        visibility.setItemLabelGenerator(PostingVisibility::label);
        internalDays.setHelperText("1 to 365");

        binder.forField(educationMinimum).bind(PostingFormModel::getEducationMinimum, PostingFormModel::setEducationMinimum);
        binder.forField(acceptedDegrees).bind(PostingFormModel::getAcceptedDegrees, PostingFormModel::setAcceptedDegrees);
        binder.forField(preferredDegrees)
                .withValidator(preferred -> preferred.stream().noneMatch(acceptedDegrees.getValue()::contains),
                        "A degree is either accepted (required) or preferred, not both")
                .bind(PostingFormModel::getPreferredDegrees, PostingFormModel::setPreferredDegrees);
        for (var years : List.of(clinicalYears, leadershipYears, managedCareYears, combinedYears)) {
            var binding = binder.forField(years).withConverter(years.converter())
                    .withValidator(v -> v == null || (v >= 0 && v <= 60), "Enter 0 to 60 years, or leave empty");
            if (years == clinicalYears) {
                binding.bind(PostingFormModel::getClinicalYears, PostingFormModel::setClinicalYears);
            } else if (years == leadershipYears) {
                binding.bind(PostingFormModel::getLeadershipYears, PostingFormModel::setLeadershipYears);
            } else if (years == combinedYears) {
                binding.bind(PostingFormModel::getCombinedYears, PostingFormModel::setCombinedYears);
            } else {
                binding.bind(PostingFormModel::getManagedCareYears, PostingFormModel::setManagedCareYears);
            }
        }
        binder.forField(licenceStates)
                .withValidator(v -> v.isBlank() || v.strip().matches("(?i)[a-z]{2}([,;\\s]+[a-z]{2})*"),
                        "Two-letter state codes separated by commas")
                .bind(PostingFormModel::getLicenceStates, PostingFormModel::setLicenceStates);
        binder.forField(residency).bind(PostingFormModel::isResidencyRequired, PostingFormModel::setResidencyRequired);
        binder.forField(boardCertification).bind(PostingFormModel::isBoardCertificationRequired,
                PostingFormModel::setBoardCertificationRequired);
        binder.forField(competencies).bind(PostingFormModel::getCompetencies, PostingFormModel::setCompetencies);
        otherLocations.setId("posting-other-locations");
        otherLocations.setPlaceholder("Worcester, MA\nMarlborough, MA");
        otherLocations.setHelperText("Besides the requisition's own place; a radius search finds the role near any of them");
        binder.forField(otherLocations)
                .withValidator(v -> Arrays.stream(v.split("[\n;]")).map(String::strip).filter(s -> !s.isEmpty())
                        .allMatch(s -> s.matches("(?i)[^,;]{1,80},\\s*[a-z]{2}")),
                        "Write each as a city and its state, e.g. Worcester, MA")
                .bind(PostingFormModel::getOtherLocations, PostingFormModel::setOtherLocations);
        binder.forField(visibility).asRequired("Choose who may apply")
                .bind(PostingFormModel::getVisibility, PostingFormModel::setVisibility);
        binder.forField(internalDays).withConverter(internalDays.converter())
                .withValidator(days -> visibility.getValue() != PostingVisibility.INTERNAL_FIRST
                        || (days != null && days >= 1 && days <= 365), "Enter 1 to 365 days")
                .bind(PostingFormModel::getInternalDays, PostingFormModel::setInternalDays);
        binder.forField(openDate).asRequired("Choose the open date")
                .bind(PostingFormModel::getOpenDate, PostingFormModel::setOpenDate);
        // A close date, or "until filled" ticked: never a posting left open by forgetting the date.
        closeBinding = binder.forField(closeDate)
                .withValidator(close -> untilFilled.getValue() || close != null,
                        "Choose the close date, or tick \"Open until filled\"")
                .withValidator(close -> close == null || openDate.getValue() == null || close.isAfter(openDate.getValue()),
                        "The close date must be after the open date")
                .bind(PostingFormModel::getCloseDate, PostingFormModel::setCloseDate);
        untilFilled.setId("posting-until-filled");
        untilFilled.addValueChangeListener(e -> {
            closeDate.setEnabled(!e.getValue());
            if (e.getValue()) {
                closeDate.clear();
            }
            closeBinding.validate();
        });
        openDate.addValueChangeListener(e -> {
            if (closeDate.getValue() != null) {
                closeBinding.validate();
            }
        });
        visibility.addValueChangeListener(e -> internalDays.setEnabled(e.getValue() == PostingVisibility.INTERNAL_FIRST));
        binder.addValueChangeListener(e -> refreshPreview());

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> saveDraft());
        publish.addThemeVariants(ButtonVariant.SUCCESS);
        publish.addClickListener(e -> publish());
        problem.addClassName("posting-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        history.addColumn(PostingVersionSummary::number).setHeader("Version").setAutoWidth(true);
        history.addColumn(v -> Dates.moment(v.publishedAt())).setHeader("Published").setAutoWidth(true);
        history.addColumn(PostingVersionSummary::publishedBy).setHeader("By").setAutoWidth(true);
        history.addColumn(PostingVersionSummary::payRange).setHeader("Pay range").setAutoWidth(true);
        history.addColumn(PostingVersionSummary::visibility).setHeader("Who may apply").setFlexGrow(1);
        history.addComponentColumn(v -> {
            Button view = new Button("View", e -> showVersion(v.number()));
            view.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            view.setAriaLabel("View version " + v.number());
            return view;
        }).setHeader("");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.setId("posting-history");
        save.setId("save-posting");
        publish.setId("publish-posting");
        openDate.setId("posting-open");
        closeDate.setId("posting-close");
        problem.setId("posting-problem");

        layout();
        load(postings.open(requisitionId));
    }

    /** Called after a version is published (the requisition is now posted), e.g. to reload the detail screen. */
    public void setOnPublished(Runnable onPublished) {
        this.onPublished = onPublished == null ? () -> { } : onPublished;
    }

    private void layout() {
        FormLayout requirements = new FormLayout(educationMinimum, acceptedDegrees, preferredDegrees, clinicalYears,
                leadershipYears, managedCareYears, combinedYears, licenceStates, residency, boardCertification, competencies);
        requirements.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        requirements.setColspan(competencies, 2);
        FormLayout when = new FormLayout(visibility, internalDays, openDate, closeDate, untilFilled, otherLocations);
        when.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        when.setColspan(visibility, 2);
        when.setColspan(otherLocations, 2);

        VerticalLayout form = new VerticalLayout(status, new H3("Sections"),
                new Paragraph("Reports-to, dotted lines, pay, location and the job reference come from the "
                        + "requisition and the org chart; they are not typed here."),
                sections, new H3("Requirements"), requirements, new H3("Visibility, dates and places"), when,
                problem, new HorizontalLayout(save, publish), new H3("Published versions"), history);
        form.setPadding(false);
        form.addClassName("posting-editor-form");

        VerticalLayout previewColumn = new VerticalLayout(new H3("Preview: as caregivers will see it"), preview);
        previewColumn.setPadding(false);
        previewColumn.addClassName("posting-preview-column");

        HorizontalLayout columns = new HorizontalLayout(form, previewColumn);
        columns.setWidthFull();
        columns.addClassName("posting-editor-columns");
        columns.setFlexGrow(1, form, previewColumn);
        getContent().setPadding(false);
        getContent().add(columns);
    }

    /** Shows a draft as loaded from the service: rows, fields, status, preview and history. */
    private void load(PostingDraft loaded) {
        this.draft = loaded;
        sections.show(loaded.content().sections());
        PostingFormModel from = PostingFormModel.from(loaded.content());
        binder.readBean(from);
        copy(from, model);
        internalDays.setEnabled(visibility.getValue() == PostingVisibility.INTERNAL_FIRST);
        // A draft HR saved with an open date and no close date chose "until filled"; the outline a new
        // posting starts from (never saved, version 0) has no close date yet and has chosen nothing.
        untilFilled.setValue(loaded.version() > 0 && loaded.content().openDate() != null
                && loaded.content().closeDate() == null);
        updateStatus();
        history.setItems(postings.versions(requisitionId));
        refreshPreview();
    }

    private void updateStatus() {
        status.removeAll();
        if (draft.publishedVersion() == 0) {
            status.add(new Badge("Draft, not yet published"));
        } else if (draft.unpublishedChanges()) {
            status.add(new Badge("Version " + draft.publishedVersion() + " is live; draft of version "
                    + (draft.publishedVersion() + 1) + " has unpublished changes", "warning"));
        } else {
            status.add(new Badge("Version " + draft.publishedVersion() + " is live", "success"));
        }
    }

    /** What the editor holds now, valid or not. */
    PostingContent content() {
        PostingFormModel current = new PostingFormModel();
        copy(model, current);
        binder.writeBeanAsDraft(current, true);
        return current.toContent(sections.values());
    }

    void refreshPreview() {
        if (draft != null) {
            preview.show(draft.facts(), content());
        }
    }

    /** Saves; true when saved. Keeps everything typed when refused. */
    boolean saveDraft() {
        boolean rowsOk = sections.validate();
        if (!binder.validate().isOk() || !rowsOk) {
            showProblem("Check the highlighted fields.");
            return false;
        }
        try {
            load(postings.save(requisitionId, draft.version(), content()));
            hideProblem();
            notify("Posting draft saved.", NotificationVariant.SUCCESS);
            return true;
        } catch (DomainException refused) {
            showProblem(refused.getMessage());
        } catch (OptimisticLockingFailureException stale) {
            showProblem("The posting was changed by someone else. Reload it and try again.");
        }
        return false;
    }

    void publish() {
        if (!saveDraft()) {
            return;
        }
        try {
            PublishedPosting published = postings.publish(requisitionId, draft.version());
            load(postings.find(requisitionId).orElseThrow());
            notify("Version " + published.number() + " is published.", NotificationVariant.SUCCESS);
            onPublished.run();
        } catch (DomainException refused) {
            showProblem(refused.getMessage());
        } catch (OptimisticLockingFailureException stale) {
            showProblem("The posting was changed by someone else. Reload it and try again.");
        }
    }

    void showVersion(int number) {
        PublishedPosting version = postings.version(requisitionId, number);
        PostingPreview shown = new PostingPreview();
        shown.show(version.document());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Version " + number + ", published " + Dates.moment(version.publishedAt()) + " by "
                + version.publishedBy());
        dialog.add(shown);
        Button close = new Button("Close", e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.setWidth("min(60rem, 95vw)");
        dialog.open();
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
        notify(message, NotificationVariant.ERROR);
    }

    private void hideProblem() {
        problem.setText("");
        problem.setVisible(false);
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification notification = new Notification(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }

    private static void copy(PostingFormModel from, PostingFormModel to) {
        to.setEducationMinimum(from.getEducationMinimum());
        to.setAcceptedDegrees(from.getAcceptedDegrees());
        to.setClinicalYears(from.getClinicalYears());
        to.setLeadershipYears(from.getLeadershipYears());
        to.setManagedCareYears(from.getManagedCareYears());
        to.setLicenceStates(from.getLicenceStates());
        to.setBoardCertificationRequired(from.isBoardCertificationRequired());
        to.setCompetencies(from.getCompetencies());
        to.setVisibility(from.getVisibility());
        to.setInternalDays(from.getInternalDays());
        to.setOpenDate(from.getOpenDate());
        to.setCloseDate(from.getCloseDate());
    }
}
