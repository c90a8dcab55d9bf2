package health.staffing.requisitions.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;
import health.staffing.base.Money;
import health.staffing.base.ui.component.DomainRule;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.Budget;
import health.staffing.requisitions.EmploymentType;
import health.staffing.requisitions.JobType;
import health.staffing.requisitions.PayTransparencyService;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionRules;
import health.staffing.requisitions.WorkArrangement;
import health.staffing.security.AppRoles;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every field of the requisition form, set up and bound to the rules the service runs
 * ({@link RequisitionRules}): what each field accepts, what it offers to pick, and what it fills in
 * from the org chart. {@link RequisitionFormView} lays them out in sections and saves.
 */
class RequisitionFields {

    final Binder<RequisitionForm> binder = new Binder<>(RequisitionForm.class);
    final SeatFields seat;
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
    /** The pay-transparency rule where the job is, and what is wrong with the range under it. */
    final Span payRule = new Span();
    final TextArea justification = new TextArea("Justification");
    final ComboBox<UserSummary> hiringManager = new ComboBox<>("Hiring manager");
    final ComboBox<UserSummary> recruiter = new ComboBox<>("Recruiter");
    final DatePicker targetStart = new DatePicker("Target start date");
    final NumberInput<Integer> openings = NumberInput.whole("Openings", "2");
    final TextField costCenter = new TextField("Cost center");
    private final Clock clock;
    private final Runnable planChanged;
    private final PayTransparencyService payTransparency;

    /** {@code planChanged} runs whenever a field the approval chain depends on changes. */
    RequisitionFields(OrgChartService orgChart, UserAccountService accounts, PayTransparencyService payTransparency,
            Clock clock, Runnable planChanged) {
        this.clock = clock;
        this.payTransparency = payTransparency;
        this.planChanged = planChanged;
        this.seat = new SeatFields(orgChart, clock, planChanged, this::describeFrom);
        configure(accounts);
        bind(accounts);
    }

    FormLayout role() {
        return new FormLayout(title, department, category, employmentType, jobType, workArrangement, daysOnSite,
                addressLine, city, state, postalCode);
    }

    FormLayout timeAndPay() {
        FormLayout layout = new FormLayout(fte, adminFte, openings, salaryMin, salaryMax, adjustedForFte, budget,
                payRule);
        layout.setColspan(payRule, 2);
        return layout;
    }

    FormLayout whyAndWho() {
        return new FormLayout(justification, hiringManager, recruiter, targetStart, costCenter);
    }

    private void configure(UserAccountService accounts) {
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
        salaryMax.addValueChangeListener(change -> planChanged.run());
        hiringManager.addValueChangeListener(change -> planChanged.run());
        openings.addValueChangeListener(change -> showBudget());
        payRule.setId("pay-rule");
        payRule.addClassName("pay-rule");
        // The rule follows the location as it is typed, and the range as it is entered.
        city.setValueChangeMode(ValueChangeMode.LAZY);
        state.setValueChangeMode(ValueChangeMode.LAZY);
        List.<HasValue<?, ?>>of(city, state, salaryMin, salaryMax)
                .forEach(field -> field.addValueChangeListener(change -> showPayRule()));
        showPayRule();
        justification.setId("justification");
        justification.setHelperText("What the role will change, and why now. Approvers read this first.");
        hiringManager.setId("hiring-manager");
        RolePickers.offer(hiringManager, accounts, AppRoles.HIRING_MANAGER);
        recruiter.setId("recruiter");
        RolePickers.offer(recruiter, accounts, AppRoles.RECRUITER);
        targetStart.setId("target-start");
        targetStart.setMin(LocalDate.now(clock));
        openings.setId("openings");
        costCenter.setId("cost-center");
    }

    private void bind(UserAccountService accounts) {
        binder.forField(seat.kind).asRequired("Choose the kind").bind(RequisitionForm::getKind, RequisitionForm::setKind);
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
        Binder.Binding<RequisitionForm, BigDecimal> adminFteBinding = binder.forField(adminFte)
                .asRequired("Enter the administrative FTE").withConverter(adminFte.converter())
                .withValidator(DomainRule.of(admin -> RequisitionRules.adminFte(fte.number().orElse(null), admin)))
                .bind(RequisitionForm::getAdminFte, RequisitionForm::setAdminFte);
        binder.forField(salaryMin).withConverter(salaryMin.converter())
                .withValidator(DomainRule.of(RequisitionRules::salary))
                .bind(RequisitionForm::getSalaryMin, RequisitionForm::setSalaryMin);
        Binder.Binding<RequisitionForm, BigDecimal> salaryMaxBinding = binder.forField(salaryMax)
                .withConverter(salaryMax.converter())
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
        // A rule across two fields: changing one checks the other again, and nothing else (a seat
        // picked for a replacement fills the FTE, which must not mark the fields not reached yet).
        salaryMin.addValueChangeListener(change -> salaryMaxBinding.validate());
        fte.addValueChangeListener(change -> {
            if (adminFte.number().isPresent()) {
                adminFteBinding.validate();
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
        return Converter.from(user -> Result.ok(user == null ? null : user.username()),
                username -> username == null ? null : accounts.findByUsername(username).orElse(null));
    }

    /** A replacement describes the seat it fills: start from what the org chart says. */
    void describeFrom(PositionSummary seat) {
        title.setValue(seat.title());
        department.setValue(Optional.ofNullable(seat.department()).orElse(""));
        city.setValue(Optional.ofNullable(seat.locationCity()).orElse(""));
        state.setValue(Optional.ofNullable(seat.locationState()).orElse(""));
        fte.setNumber(seat.fte());
        adminFte.setNumber(seat.adminFte());
    }

    void showBudget() {
        int count = openings.number().orElse(1);
        BigDecimal total = fte.number().orElse(null);
        BigDecimal low = Budget.of(salaryMin.number().orElse(null), total, count);
        BigDecimal high = Budget.of(salaryMax.number().orElse(null), total, count);
        budget.setText(low == null && high == null ? "Budget impact: enter the salary range"
                : "Budget impact: " + Money.range(low, high) + " per year");
    }

    /**
     * Names the law where the job is as soon as a state is typed, and says at once when the range
     * would be refused at submission: approvers should never see a range publishing cannot post.
     */
    void showPayRule() {
        String where = state.getValue().strip();
        if (where.length() != 2) {
            payRule.setText("Pay transparency: enter the city and state to see the law that applies.");
            payRule.removeClassName("pay-rule-problem");
            return;
        }
        List<String> problems = salaryMin.number().isPresent() || salaryMax.number().isPresent()
                ? payTransparency.problems(salaryMin.number().orElse(null), salaryMax.number().orElse(null),
                        city.getValue(), where)
                : List.of();
        payRule.setText(problems.isEmpty() ? payTransparency.requirementAt(city.getValue(), where)
                : problems.getFirst());
        payRule.setClassName("pay-rule-problem", !problems.isEmpty());
    }

    /** What the approval routing needs to plan the chain from what the form holds now. */
    RequisitionForm planned() {
        RequisitionForm planned = new RequisitionForm();
        seat.planInto(planned);
        planned.setSalaryMax(salaryMax.number().orElse(null));
        planned.setHiringManager(hiringManager.getValue() == null ? null : hiringManager.getValue().username());
        return planned;
    }

    /** Moves the cursor to the first field the Binder refuses, so the user sees the message. */
    void focusFirstProblem() {
        binder.validate().getFieldValidationErrors().stream().findFirst()
                .map(error -> error.getField()).filter(Focusable.class::isInstance)
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }
}
