package health.staffing.requisitions.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import health.staffing.base.DomainException;
import health.staffing.base.Money;
import health.staffing.base.ui.RouteIds;
import health.staffing.base.ui.component.DomainRule;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.base.ui.component.Panel;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.ApprovalPreview;
import health.staffing.requisitions.Budget;
import health.staffing.requisitions.EmploymentType;
import health.staffing.requisitions.JobType;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionKind;
import health.staffing.requisitions.RequisitionRules;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.WorkArrangement;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Creates a requisition ({@code /requisitions/new}, optionally {@code ?position=CODE} for a vacant
 * seat) or edits one ({@code /requisitions/42/edit}). The binder checks fields as they are typed;
 * the service checks again and its message appears above the form, which keeps everything typed.
 */
@Route("requisitions/new")
@RouteAlias("requisitions/:id(\\d+)/edit")
@RolesAllowed({AppRoles.HIRING_MANAGER, AppRoles.RECRUITER, AppRoles.ADMIN})
class RequisitionFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RequisitionService requisitions;
    private final OrgChartService orgChart;
    private final Clock clock;
    private final Binder<RequisitionForm> binder = new Binder<>(RequisitionForm.class);
    private RequisitionForm form = new RequisitionForm();
    private RequisitionDetails editing;

    private final H2 heading = new H2("New requisition");
    final Div errors = new Div();
    final RadioButtonGroup<RequisitionKind> kind = new RadioButtonGroup<>("Kind");
    final ComboBox<PositionSummary> manager = new ComboBox<>("Reports to (solid line)");
    final ComboBox<PositionSummary> vacantSeat = new ComboBox<>("Vacant position to fill");
    private final DottedLinesEditor dottedLines;
    final ComboBox<PositionSummary> dottedPartner;
    final TextField dottedLabel;
    final TextField title = new TextField("Title");
    final TextField department = new TextField("Department");
    final TextField category = new TextField("Category");
    final TextField addressLine = new TextField("Address");
    final TextField city = new TextField("City");
    final TextField state = new TextField("State");
    final TextField postalCode = new TextField("Postal code");
    final RadioButtonGroup<WorkArrangement> workArrangement = new RadioButtonGroup<>();
    final NumberInput<Integer> daysOnSite = NumberInput.whole("Days on site a week", "3");
    final RadioButtonGroup<EmploymentType> employmentType = new RadioButtonGroup<>();
    final RadioButtonGroup<JobType> jobType = new RadioButtonGroup<>();
    final NumberInput<BigDecimal> fte = NumberInput.decimal("Total FTE", 2, "1.0 or 0.8");
    final NumberInput<BigDecimal> adminFte = NumberInput.decimal("Administrative FTE", 2, "0.5");
    final NumberInput<BigDecimal> salaryMin = NumberInput.amount("Salary minimum (per year)");
    final NumberInput<BigDecimal> salaryMax = NumberInput.amount("Salary maximum (per year)");
    final Checkbox adjustedForFte = new Checkbox("Salary is adjusted for FTE");
    final Span budget = new Span();
    final TextArea justification = new TextArea("Justification");
    final ComboBox<UserSummary> hiringManager = new ComboBox<>("Hiring manager");
    final ComboBox<UserSummary> recruiter = new ComboBox<>("Recruiter");
    final DatePicker targetStart = new DatePicker("Target start date");
    final NumberInput<Integer> openings = NumberInput.whole("Openings", "2");
    final TextField costCenter = new TextField("Cost center");
    final ApprovalChainPreview approvalChain = new ApprovalChainPreview();
    private final ObjectProvider<ApprovalPreview> approvalPreview;
    final Button save = new Button("Save draft");
    final Button saveAndSubmit = new Button("Save and submit for approval");

    RequisitionFormView(RequisitionService requisitions, OrgChartService orgChart, UserAccountService accounts,
            Clock clock, ObjectProvider<ApprovalPreview> approvalPreview) {
        this.approvalPreview = approvalPreview;
        this.requisitions = requisitions;
        this.orgChart = orgChart;
        this.clock = clock;
        this.dottedLines = new DottedLinesEditor(code -> orgChart.findByCode(code).map(PositionSummary::title)
                .orElse(code), this::showApprovalChain);
        this.dottedPartner = dottedLines.partner;
        this.dottedLabel = dottedLines.label;
        addClassNames("page", "requisition-form");

        errors.setId("form-errors");
        errors.addClassName("form-errors");
        errors.setVisible(false);

        configureFields(accounts);
        bind(accounts);

        save.setId("save-requisition");
        save.addClickListener(click -> save(false));
        saveAndSubmit.setId("submit-requisition");
        saveAndSubmit.addThemeVariants(ButtonVariant.PRIMARY);
        saveAndSubmit.addClickListener(click -> save(true));
        Button back = new Button("Cancel", click -> leave());
        back.addThemeVariants(ButtonVariant.TERTIARY);
        Div buttons = new Div(saveAndSubmit, save, back);
        buttons.addClassName("requisition-actions");
        buttons.addClassName("form-section");

        add(heading, errors,
                section("The seat", "Where the role sits in the org chart. Reports-to and dotted lines are taken from the chart.",
                        placement()),
                section("The role", null, new FormLayout(title, department, category, employmentType, jobType,
                        workArrangement, daysOnSite, addressLine, city, state, postalCode)),
                section("Time and pay", "Budget impact is the salary range × FTE × openings, per year.",
                        new FormLayout(fte, adminFte, openings, salaryMin, salaryMax, adjustedForFte, budget)),
                section("Why and who", null, new FormLayout(justification, hiringManager, recruiter, targetStart,
                        costCenter)),
                section("Approval chain", "Who decides, in order, if it is submitted as it stands: the threshold"
                        + " steps by the salary maximum, and the dotted-line partners consulted.", approvalChain),
                buttons);
        showKind(RequisitionKind.NEW_POSITION);
    }

    private void configureFields(UserAccountService accounts) {
        kind.setItems(RequisitionKind.values());
        kind.setItemLabelGenerator(RequisitionKind::label);
        kind.setId("requisition-kind");
        kind.addValueChangeListener(change -> showKind(change.getValue()));

        manager.setId("manager-position");
        configurePositionSearch(manager, false);
        vacantSeat.setId("vacant-position");
        configurePositionSearch(vacantSeat, true);
        vacantSeat.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                describeFrom(change.getValue());
            }
        });
        configurePositionSearch(dottedPartner, false);

        title.setId("title");
        department.setId("department");
        category.setId("category");
        category.setPlaceholder("Physician Leadership");
        addressLine.setId("address");
        city.setId("city");
        state.setId("state");
        state.setMaxLength(2);
        state.setWidth("6rem");
        postalCode.setId("postal-code");
        workArrangement.setLabel("Work arrangement");
        workArrangement.setItems(WorkArrangement.values());
        workArrangement.setItemLabelGenerator(WorkArrangement::label);
        workArrangement.setId("work-arrangement");
        workArrangement.addValueChangeListener(change -> daysOnSite.setVisible(change.getValue() == WorkArrangement.HYBRID));
        daysOnSite.setId("days-on-site");
        daysOnSite.setHelperText("1 to 4");
        employmentType.setLabel("Employment type");
        employmentType.setItems(EmploymentType.values());
        employmentType.setItemLabelGenerator(EmploymentType::label);
        jobType.setLabel("Job type");
        jobType.setItems(JobType.values());
        jobType.setItemLabelGenerator(JobType::label);
        fte.setId("fte");
        adminFte.setId("admin-fte");
        adminFte.setHelperText("The rest is clinical");
        salaryMin.setId("salary-min");
        salaryMin.setPrefixComponent(new Span("$"));
        salaryMax.setId("salary-max");
        salaryMax.setPrefixComponent(new Span("$"));
        adjustedForFte.setId("adjusted-for-fte");
        budget.setId("budget-impact");
        budget.addClassName("budget-impact");
        List.of(fte, salaryMin, salaryMax).forEach(field -> field.addValueChangeListener(change -> showBudget()));
        salaryMax.addValueChangeListener(change -> showApprovalChain());
        kind.addValueChangeListener(change -> showApprovalChain());
        vacantSeat.addValueChangeListener(change -> showApprovalChain());
        hiringManager.addValueChangeListener(change -> showApprovalChain());
        openings.addValueChangeListener(change -> showBudget());
        justification.setId("justification");
        justification.setHelperText("What the role will change, and why now. Approvers read this first.");
        hiringManager.setId("hiring-manager");
        hiringManager.setItems(accounts.withRole(AppRoles.HIRING_MANAGER));
        hiringManager.setItemLabelGenerator(UserSummary::displayName);
        recruiter.setId("recruiter");
        recruiter.setItems(accounts.withRole(AppRoles.RECRUITER));
        recruiter.setItemLabelGenerator(UserSummary::displayName);
        targetStart.setId("target-start");
        targetStart.setMin(LocalDate.now(clock));
        openings.setId("openings");
        costCenter.setId("cost-center");
    }

    private void bind(UserAccountService accounts) {
        binder.forField(kind).asRequired("Choose the kind").bind(RequisitionForm::getKind, RequisitionForm::setKind);
        required(title, RequisitionForm.MAX_TITLE, RequisitionRules::title)
                .bind(RequisitionForm::getTitle, RequisitionForm::setTitle);
        required(department, RequisitionForm.MAX_DEPARTMENT, RequisitionRules::department)
                .bind(RequisitionForm::getDepartment, RequisitionForm::setDepartment);
        required(category, RequisitionForm.MAX_CATEGORY, RequisitionRules::category)
                .bind(RequisitionForm::getCategory, RequisitionForm::setCategory);
        addressLine.setMaxLength(RequisitionForm.MAX_ADDRESS);
        binder.forField(addressLine).withValidator(DomainRule.of(RequisitionRules::address))
                .bind(RequisitionForm::getAddressLine, RequisitionForm::setAddressLine);
        required(city, RequisitionForm.MAX_CITY, RequisitionRules::city)
                .bind(RequisitionForm::getCity, RequisitionForm::setCity);
        binder.forField(state).asRequired(DomainRule.of(RequisitionRules::state))
                .bind(RequisitionForm::getState, RequisitionForm::setState);
        postalCode.setMaxLength(RequisitionForm.MAX_POSTAL_CODE);
        binder.forField(postalCode).withValidator(DomainRule.of(RequisitionForm::postalCodeProblem))
                .bind(RequisitionForm::getPostalCode, RequisitionForm::setPostalCode);
        binder.forField(workArrangement).asRequired("Choose the work arrangement")
                .bind(RequisitionForm::getWorkArrangement, RequisitionForm::setWorkArrangement);
        binder.forField(daysOnSite).withConverter(daysOnSite.converter())
                .withValidator(DomainRule.of(days -> RequisitionRules.daysOnSite(workArrangement.getValue(), days)))
                .bind(RequisitionForm::getDaysOnSite, RequisitionForm::setDaysOnSite);
        binder.forField(employmentType).asRequired("Choose the employment type")
                .bind(RequisitionForm::getEmploymentType, RequisitionForm::setEmploymentType);
        binder.forField(jobType).asRequired("Choose the job type")
                .bind(RequisitionForm::getJobType, RequisitionForm::setJobType);
        binder.forField(fte).asRequired("Enter the total FTE").withConverter(fte.converter())
                .withValidator(DomainRule.of(RequisitionRules::fte))
                .bind(RequisitionForm::getFte, RequisitionForm::setFte);
        binder.forField(adminFte).asRequired("Enter the administrative FTE").withConverter(adminFte.converter())
                .withValidator(DomainRule.of(admin -> RequisitionRules.adminFte(fte.number().orElse(null), admin)))
                .bind(RequisitionForm::getAdminFte, RequisitionForm::setAdminFte);
        binder.forField(salaryMin).withConverter(salaryMin.converter())
                .withValidator(DomainRule.of(RequisitionRules::salary))
                .bind(RequisitionForm::getSalaryMin, RequisitionForm::setSalaryMin);
        binder.forField(salaryMax).withConverter(salaryMax.converter())
                .withValidator(DomainRule.of(RequisitionRules::salary))
                .withValidator(DomainRule.of(max -> RequisitionRules.salaryRange(salaryMin.number().orElse(null), max)))
                .bind(RequisitionForm::getSalaryMax, RequisitionForm::setSalaryMax);
        binder.forField(adjustedForFte).bind(RequisitionForm::isAdjustedForFte, RequisitionForm::setAdjustedForFte);
        justification.setMaxLength(RequisitionForm.MAX_JUSTIFICATION);
        binder.forField(justification).asRequired(DomainRule.of(RequisitionRules::justification))
                .bind(RequisitionForm::getJustification, RequisitionForm::setJustification);
        binder.forField(hiringManager).asRequired("Choose the hiring manager")
                .withConverter(usernameOf(accounts)).bind(RequisitionForm::getHiringManager, RequisitionForm::setHiringManager);
        binder.forField(recruiter).asRequired("Choose the recruiter")
                .withConverter(usernameOf(accounts)).bind(RequisitionForm::getRecruiter, RequisitionForm::setRecruiter);
        binder.forField(targetStart).bind(RequisitionForm::getTargetStart, RequisitionForm::setTargetStart);
        binder.forField(openings).asRequired("Enter the number of openings").withConverter(openings.converter())
                .withValidator(DomainRule.of(RequisitionRules::openings))
                .bind(RequisitionForm::getOpenings, RequisitionForm::setOpenings);
        required(costCenter, RequisitionForm.MAX_COST_CENTER, RequisitionRules::costCenter)
                .bind(RequisitionForm::getCostCenter, RequisitionForm::setCostCenter);
        salaryMin.addValueChangeListener(change -> binder.validate());
        fte.addValueChangeListener(change -> {
            if (adminFte.number().isPresent()) {
                binder.validate();
            }
        });
    }

    /** A required one-line text: the browser stops at the column's length, the Binder runs the domain's rule. */
    private Binder.BindingBuilder<RequisitionForm, String> required(TextField field, int max,
            Function<String, Optional<String>> rule) {
        field.setMaxLength(max);
        return binder.forField(field).asRequired(DomainRule.of(rule));
    }

    private static Converter<UserSummary, String> usernameOf(UserAccountService accounts) {
        return Converter.from(user -> com.vaadin.flow.data.binder.Result.ok(user == null ? null : user.username()),
                username -> username == null ? null : accounts.findByUsername(username).orElse(null));
    }

    private Div placement() {
        FormLayout seat = new FormLayout(kind, vacantSeat, manager);
        Div placement = new Div(seat, dottedLines);
        placement.addClassName("placement");
        return placement;
    }

    private void configurePositionSearch(ComboBox<PositionSummary> field, boolean vacantOnly) {
        field.setItemLabelGenerator(p -> p.title() + " · " + p.organisationCode() + (p.vacant() ? " (vacant)"
                : " — " + p.incumbentName()));
        field.setItems(query -> orgChart.search(query.getFilter().orElse(""), LocalDate.now(clock)).stream()
                .filter(p -> !vacantOnly || p.vacant()).skip(query.getOffset()).limit(query.getLimit()));
        field.setPlaceholder("Search title, code or person");
        field.setWidthFull();
    }

    private void showKind(RequisitionKind selected) {
        boolean replacement = selected == RequisitionKind.REPLACEMENT;
        vacantSeat.setVisible(replacement);
        manager.setVisible(!replacement);
        dottedLines.setVisible(!replacement);
    }

    /** The chain as the routing of a submission would plan it from what the form holds now. */
    private void showApprovalChain() {
        ApprovalPreview preview = approvalPreview.getIfAvailable();
        if (preview == null) {
            approvalChain.setVisible(false);
            return;
        }
        RequisitionForm planned = new RequisitionForm();
        planned.setKind(kind.getValue());
        planned.setPositionCode(kind.getValue() == RequisitionKind.REPLACEMENT && vacantSeat.getValue() != null
                ? vacantSeat.getValue().code() : null);
        planned.setSalaryMax(salaryMax.number().orElse(null));
        planned.setHiringManager(hiringManager.getValue() == null ? null : hiringManager.getValue().username());
        planned.setDottedLines(kind.getValue() == RequisitionKind.NEW_POSITION ? dottedLines.lines() : List.of());
        approvalChain.show(preview.stepsFor(planned, editing == null ? CurrentUser.username() : editing.requestedBy()));
    }

    /** A replacement describes the seat it fills: start from what the org chart says. */
    private void describeFrom(PositionSummary seat) {
        title.setValue(seat.title());
        department.setValue(Optional.ofNullable(seat.department()).orElse(""));
        city.setValue(Optional.ofNullable(seat.locationCity()).orElse(""));
        state.setValue(Optional.ofNullable(seat.locationState()).orElse(""));
        fte.setNumber(seat.fte());
        adminFte.setNumber(seat.adminFte());
    }

    private void showBudget() {
        int count = openings.number().orElse(1);
        BigDecimal total = fte.number().orElse(null);
        BigDecimal low = Budget.of(salaryMin.number().orElse(null), total, count);
        BigDecimal high = Budget.of(salaryMax.number().orElse(null), total, count);
        budget.setText(low == null && high == null ? "Budget impact: enter the salary range"
                : "Budget impact: " + Money.range(low, high) + " per year");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = RouteIds.of(event, "id");
        errors.setVisible(false);
        if (event.getRouteParameters().get("id").isPresent() && id.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no such requisition.");
            return;
        }
        if (id.isPresent()) {
            try {
                editing = requisitions.details(id.get());
            } catch (DomainException notVisible) {
                event.rerouteToError(NotFoundException.class, notVisible.getMessage());
                return;
            }
            form = RequisitionForm.from(editing);
            heading.setText("Edit " + editing.reference() + " · " + editing.title());
            kind.setReadOnly(true);
            saveAndSubmit.setVisible(editing.status().isFreelyEditable());
            save.setText(editing.status().isFreelyEditable() ? "Save draft" : "Save changes");
            manager.setValue(editing.managerPositionCode() == null ? null
                    : orgChart.findByCode(editing.managerPositionCode()).orElse(null));
            vacantSeat.setValue(editing.positionCode() == null ? null
                    : orgChart.findByCode(editing.positionCode()).orElse(null));
            vacantSeat.setReadOnly(true);
            dottedLines.show(editing.dottedLines());
        } else {
            form = new RequisitionForm();
            if (CurrentUser.hasRole(AppRoles.HIRING_MANAGER)) {
                form.setHiringManager(CurrentUser.username());
            }
            if (CurrentUser.isHr()) {
                form.setRecruiter(CurrentUser.username());
            }
            event.getLocation().getQueryParameters().getSingleParameter("position")
                    .flatMap(orgChart::findByCode).filter(PositionSummary::vacant).ifPresent(seat -> {
                        form.setKind(RequisitionKind.REPLACEMENT);
                        vacantSeat.setValue(seat);
                    });
        }
        binder.readBean(form);
        if (id.isEmpty() && vacantSeat.getValue() != null) {
            describeFrom(vacantSeat.getValue());
        }
        showKind(kind.getValue());
        showApprovalChain();
        showBudget();
    }

    @Override
    public String getPageTitle() {
        return editing == null ? "New requisition" : "Edit requisition " + editing.reference();
    }

    private void save(boolean submit) {
        if (!binder.writeBeanIfValid(form)) {
            showErrors("Some fields need attention: see the messages under them.");
            binder.validate().getFieldValidationErrors().stream().findFirst()
                    .map(error -> error.getField()).filter(Focusable.class::isInstance)
                    .ifPresent(field -> ((Focusable<?>) field).focus());
            return;
        }
        form.setManagerPositionCode(manager.getValue() == null ? null : manager.getValue().code());
        form.setPositionCode(vacantSeat.getValue() == null ? null : vacantSeat.getValue().code());
        form.setDottedLines(form.getKind() == RequisitionKind.NEW_POSITION ? dottedLines.lines() : List.of());
        try {
            RequisitionDetails saved = editing == null ? requisitions.create(form)
                    : requisitions.update(editing.id(), editing.version(), form);
            if (submit) {
                saved = requisitions.submit(saved.id(), saved.version());
            }
            Notification.show(message(saved, submit), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            long savedId = saved.id();
            getUI().ifPresent(ui -> ui.navigate(RequisitionDetailView.class, RequisitionDetailView.parameters(savedId)));
        } catch (DomainException refused) {
            showErrors(refused.getMessage());
        }
    }

    private static String message(RequisitionDetails saved, boolean submitted) {
        if (submitted) {
            return "Requisition " + saved.reference() + " was sent for approval.";
        }
        return switch (saved.status()) {
            case PENDING_APPROVAL -> "Saved. The change affects cost or placement, so " + saved.reference()
                    + " goes back for approval.";
            default -> "Requisition " + saved.reference() + " saved.";
        };
    }

    private void showErrors(String message) {
        errors.setText(message);
        errors.setVisible(true);
        errors.scrollIntoView();
    }

    private void leave() {
        getUI().ifPresent(ui -> {
            if (editing == null) {
                ui.navigate(RequisitionListView.class);
            } else {
                ui.navigate(RequisitionDetailView.class, RequisitionDetailView.parameters(editing.id()));
            }
        });
    }

    private static Div section(String title, String description, com.vaadin.flow.component.Component content) {
        Panel section = Panel.described(title, description, content);
        section.addClassName("form-section");
        return section;
    }
}
