package health.staffing.orgchart.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.orgchart.DottedLine;
import health.staffing.orgchart.IncumbencyService;
import health.staffing.orgchart.NewOrganisation;
import health.staffing.orgchart.NewPosition;
import health.staffing.orgchart.OrgChartLimits;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.OrgStructureService;
import health.staffing.orgchart.OrganisationRules;
import health.staffing.orgchart.OrganisationSummary;
import health.staffing.orgchart.PositionDetails;
import health.staffing.orgchart.PositionEdit;
import health.staffing.orgchart.PositionRules;
import health.staffing.orgchart.PositionSummary;
import health.staffing.orgchart.SuccessionCandidate;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * HR's dated changes to the chart, one dialog each (edit, add a report, move, dotted lines, incumbent,
 * succession, retire, a top position, a new organisation). Each dialog carries the version of the seat it
 * was opened on, so a change made meanwhile by someone else is refused rather than overwritten; after a
 * change the chart reloads through {@code refresh}.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class PositionChanges implements PositionDetailPanel.Actions {

    private final OrgChartService orgChart;
    private final OrgStructureService structure;
    private final IncumbencyService incumbency;
    private final EmployeeService employees;
    /** The day the chart shows: the default effective day of a change. */
    private Supplier<LocalDate> shownDay = LocalDate::now;
    private Consumer<String> refresh = message -> { };

    PositionChanges(OrgChartService orgChart, OrgStructureService structure, IncumbencyService incumbency,
            EmployeeService employees) {
        this.orgChart = orgChart;
        this.structure = structure;
        this.incumbency = incumbency;
        this.employees = employees;
    }

    /** Ties the dialogs to the chart they change: its shown day, and how it reloads after a change. */
    PositionChanges forChart(Supplier<LocalDate> chartDay, Consumer<String> chartRefresh) {
        this.shownDay = chartDay;
        this.refresh = chartRefresh;
        return this;
    }

    @Override
    public void edit(PositionDetails d) {
        PositionSummary p = d.position();
        TextField title = text("Title", p.title(), OrgChartLimits.MAX_TITLE);
        title.setRequired(true);
        TextField department = text("Department", p.department(), OrgChartLimits.MAX_DEPARTMENT);
        TextField city = text("City", p.locationCity(), OrgChartLimits.MAX_CITY);
        TextField state = text("State", p.locationState(), 2);
        state.setMaxLength(2);
        NumberInput<BigDecimal> fte = fte("Total FTE", p.fte());
        NumberInput<BigDecimal> adminFte = fte("Administrative FTE", p.adminFte());
        adminFte.setHelperText("The rest is clinical work");
        ChangeDialog dialog = new ChangeDialog("Edit " + p.title(), "Save", shownDay.get(), false,
                day -> structure.editPosition(p.code(), d.version(), new PositionEdit(title.getValue(),
                        department.getValue(), city.getValue(), state.getValue(), fte.numberOrRefuse(), adminFte.numberOrRefuse())),
                () -> refresh.accept("Saved " + title.getValue() + "."));
        dialog.addFields(title, department, city, state, fte, adminFte);
        // In the dialog's order, so the list under the fields reads top to bottom.
        dialog.checkedBy(withFte(new FieldRules().text(title, PositionRules::title)
                .text(department, PositionRules::department).text(city, PositionRules::city)
                .text(state, PositionRules::state), fte, adminFte));
        dialog.open();
    }

    @Override
    public void addReport(PositionDetails d) {
        PositionSummary manager = d.position();
        TextField code = text("Position code", null, OrgChartLimits.MAX_CODE);
        code.setRequired(true);
        code.setHelperText("A stable id, e.g. MGB-MD-BH");
        TextField title = text("Title", null, OrgChartLimits.MAX_TITLE);
        title.setRequired(true);
        TextField department = text("Department", manager.department(), OrgChartLimits.MAX_DEPARTMENT);
        NumberInput<BigDecimal> fte = fte("Total FTE", BigDecimal.ONE);
        NumberInput<BigDecimal> adminFte = fte("Administrative FTE", new BigDecimal("0.50"));
        ChangeDialog dialog = new ChangeDialog("New position reporting to " + manager.title(), "Create", shownDay.get(), true,
                day -> structure.createPosition(new NewPosition(code.getValue(), title.getValue(), manager.organisationCode(),
                        department.getValue(), manager.locationCity(), manager.locationState(), fte.numberOrRefuse(),
                        adminFte.numberOrRefuse(), manager.code(), null, day)),
                () -> refresh.accept("Created " + title.getValue() + "."));
        dialog.addFields(code, title, department, fte, adminFte);
        dialog.checkedBy(describing(title, department, fte, adminFte));
        dialog.open();
    }

    @Override
    public void move(PositionDetails d) {
        ComboBox<PositionSummary> manager = positionPicker("New manager");
        ChangeDialog dialog = new ChangeDialog("Move " + d.position().title(), "Move", shownDay.get(), true,
                day -> structure.movePosition(d.position().code(), d.version(),
                        required(manager.getValue(), "Choose the new manager.").code(), day),
                () -> refresh.accept("Moved " + d.position().title() + "."));
        dialog.addFields(manager);
        dialog.open();
    }

    @Override
    public void addDottedLine(PositionDetails d) {
        ComboBox<PositionSummary> partner = positionPicker("Dotted line to");
        TextField label = text("What it is for", null, OrgChartLimits.MAX_LINE_LABEL);
        label.setRequired(true);
        label.setPlaceholder("e.g. quality oversight");
        ChangeDialog dialog = new ChangeDialog("Dotted line from " + d.position().title(), "Add", shownDay.get(), true,
                day -> structure.addDottedLine(d.position().code(), d.version(),
                        required(partner.getValue(), "Choose the position the dotted line goes to.").code(), label.getValue(), day),
                () -> refresh.accept("Dotted line added."));
        dialog.addFields(partner, label);
        dialog.open();
    }

    @Override
    public void removeDottedLine(PositionDetails d, DottedLine line) {
        String from = line.outgoing() ? d.position().code() : line.partner().code();
        String to = line.outgoing() ? line.partner().code() : d.position().code();
        // The line belongs to the position it starts from: its version as seen now, when the dialog opens.
        long seen = line.outgoing() ? d.version() : orgChart.versionOf(from);
        ChangeDialog dialog = new ChangeDialog("End the dotted line \"" + line.label() + "\"", "End it", shownDay.get(), true,
                day -> structure.removeDottedLine(from, seen, to, day), () -> refresh.accept("Dotted line ended."));
        dialog.open();
    }

    @Override
    public void pairAsDyad(PositionDetails d) {
        ComboBox<PositionSummary> partner = positionPicker("Dyad partner");
        TextField label = text("Name of the dyad (optional)", null, OrgChartLimits.MAX_LINE_LABEL);
        label.setPlaceholder("Dyad partner");
        label.setHelperText("e.g. \"Orthopedics service line dyad\"");
        ChangeDialog dialog = new ChangeDialog("Pair " + d.position().title() + " as a dyad", "Pair", shownDay.get(), true,
                day -> structure.pairAsDyad(d.position().code(), d.version(),
                        required(partner.getValue(), "Choose the seat it leads with.").code(), label.getValue(), day),
                () -> refresh.accept("Dyad added."));
        dialog.addFields(partner, label);
        dialog.open();
    }

    @Override
    public void endDyad(PositionDetails d, DottedLine dyad) {
        ChangeDialog dialog = new ChangeDialog("End the dyad with " + dyad.partner().title(), "End it", shownDay.get(),
                true, day -> structure.endDyad(d.position().code(), d.version(), day),
                () -> refresh.accept("Dyad ended."));
        dialog.open();
    }

    @Override
    public void assignIncumbent(PositionDetails d) {
        ComboBox<EmployeeSummary> employee = employeePicker("Employee");
        ChangeDialog dialog = new ChangeDialog("Assign the incumbent of " + d.position().title(), "Assign", shownDay.get(), true,
                day -> incumbency.assignIncumbent(d.position().code(), d.version(),
                        required(employee.getValue(), "Choose the employee.").id(), day),
                () -> refresh.accept("Incumbent assigned."));
        dialog.addFields(employee);
        dialog.open();
    }

    @Override
    public void vacate(PositionDetails d) {
        ChangeDialog dialog = new ChangeDialog(d.position().incumbentName() + " leaves " + d.position().title(), "Vacate",
                shownDay.get(), true, day -> incumbency.vacate(d.position().code(), d.version(), day),
                () -> refresh.accept("Position vacated."));
        dialog.open();
    }

    @Override
    public void planSuccession(PositionDetails d) {
        Checkbox atRisk = new Checkbox("Retirement risk", d.position().retirementRisk());
        TextArea note = new TextArea("Note");
        note.setValue(Optional.ofNullable(d.successionNote()).orElse(""));
        note.setMaxLength(OrgChartLimits.MAX_SUCCESSION_NOTE);
        ComboBox<EmployeeSummary> successor = employeePicker("Successor candidate");
        successor.setRequired(false);
        Select<SuccessionCandidate.Readiness> readiness = new Select<>();
        readiness.setLabel("Readiness");
        readiness.setItems(SuccessionCandidate.Readiness.values());
        readiness.setItemLabelGenerator(SuccessionCandidate.Readiness::label);
        readiness.setValue(SuccessionCandidate.Readiness.READY_1_2_YEARS);
        ChangeDialog dialog = new ChangeDialog("Succession for " + d.position().title(), "Save", shownDay.get(), false,
                day -> {
                    List<SuccessionCandidate> candidates = new ArrayList<>(d.successors().stream()
                            .map(s -> new SuccessionCandidate(s.employeeId(), s.readiness())).toList());
                    if (successor.getValue() != null) {
                        candidates.removeIf(c -> c.employeeId() == successor.getValue().id());
                        candidates.add(new SuccessionCandidate(successor.getValue().id(), readiness.getValue()));
                    }
                    incumbency.planSuccession(d.position().code(), d.version(), atRisk.getValue(), note.getValue(),
                            candidates);
                },
                () -> refresh.accept("Succession plan saved."));
        dialog.addFields(atRisk, note, successor, readiness);
        dialog.open();
    }

    @Override
    public void retire(PositionDetails d) {
        ChangeDialog dialog = new ChangeDialog("Retire " + d.position().title(), "Retire", shownDay.get().plusDays(1), true,
                day -> structure.retirePosition(d.position().code(), d.version(), day),
                () -> refresh.accept("Position retired."));
        dialog.open();
    }

    /** The first position of an organisation that has none. */
    void addTopPosition(OrganisationSummary organisation) {
        String org = organisation.code();
        TextField code = text("Position code", null, OrgChartLimits.MAX_CODE);
        code.setRequired(true);
        TextField title = text("Title", "President and Chief Executive Officer", OrgChartLimits.MAX_TITLE);
        title.setRequired(true);
        TextField department = text("Department", "Executive Office", OrgChartLimits.MAX_DEPARTMENT);
        NumberInput<BigDecimal> fte = fte("Total FTE", BigDecimal.ONE);
        NumberInput<BigDecimal> adminFte = fte("Administrative FTE", BigDecimal.ONE);
        ChangeDialog dialog = new ChangeDialog("Top position of " + organisation.name(), "Create", shownDay.get(),
                true, day -> structure.createPosition(new NewPosition(code.getValue(), title.getValue(), org,
                        department.getValue(), organisation.city(), organisation.state(),
                        fte.numberOrRefuse(), adminFte.numberOrRefuse(), null, null, day)),
                () -> refresh.accept("Created " + title.getValue() + "."));
        dialog.addFields(code, title, department, fte, adminFte);
        dialog.checkedBy(describing(title, department, fte, adminFte));
        dialog.open();
    }

    /** A new organisation; {@code created} shows it (its chart is empty until a top position or an import). */
    void newOrganisation(Consumer<OrganisationSummary> created) {
        TextField code = text("Code", null, OrganisationRules.MAX_CODE);
        code.setRequired(true);
        code.setHelperText("Short and stable, e.g. MGB; used in CSV files");
        TextField name = text("Name", null, OrgChartLimits.MAX_ORGANISATION_NAME);
        name.setRequired(true);
        TextField city = text("City", null, OrgChartLimits.MAX_CITY);
        TextField state = text("State", null, 2);
        state.setMaxLength(2);
        ChangeDialog dialog = new ChangeDialog("New organisation", "Create", shownDay.get(), false,
                ignored -> created.accept(structure.createOrganisation(
                        new NewOrganisation(code.getValue(), name.getValue(), city.getValue(), state.getValue()))),
                () -> Notification.show("Organisation created.", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS));
        dialog.addFields(name, code, city, state);
        dialog.checkedBy(new FieldRules().text(name, OrganisationRules::name).text(code, OrganisationRules::code)
                .text(city, OrganisationRules::city).text(state, OrganisationRules::state));
        dialog.open();
    }

    /** The rules of what a seat is (title, department, FTE and its administrative part), as Position checks them. */
    private static FieldRules describing(TextField title, TextField department, NumberInput<BigDecimal> fte,
            NumberInput<BigDecimal> adminFte) {
        return withFte(new FieldRules().text(title, PositionRules::title).text(department, PositionRules::department),
                fte, adminFte);
    }

    private static FieldRules withFte(FieldRules rules, NumberInput<BigDecimal> fte, NumberInput<BigDecimal> adminFte) {
        return rules.number(fte, PositionRules::fte)
                .number(adminFte, admin -> PositionRules.adminFte(fte.number().orElse(null), admin));
    }

    private ComboBox<PositionSummary> positionPicker(String label) {
        ComboBox<PositionSummary> picker = new ComboBox<>(label);
        picker.setItems(query -> orgChart.search(query.getFilter().orElse(""), shownDay.get()).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        picker.setItemLabelGenerator(p -> p.title() + " (" + p.code() + ")");
        picker.setPlaceholder("Type a title or a name");
        picker.setRequired(true);
        return picker;
    }

    private ComboBox<EmployeeSummary> employeePicker(String label) {
        ComboBox<EmployeeSummary> picker = new ComboBox<>(label);
        picker.setItems(query -> employees.searchByName(query.getFilter().orElse(""), 50).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        picker.setItemLabelGenerator(e -> e.fullName() + " (" + e.employeeNumber() + ")");
        picker.setPlaceholder("Type a name or employee number");
        picker.setRequired(true);
        return picker;
    }

    private static <T> T required(T value, String message) {
        if (value == null) {
            throw new DomainException(message);
        }
        return value;
    }

    /** A text field that stops at its column's width (the service refuses more with the same limit). */
    private static TextField text(String label, @Nullable String value, int maxLength) {
        TextField field = new TextField(label);
        field.setMaxLength(maxLength);
        field.setValue(value == null ? "" : value);
        return field;
    }

    private static NumberInput<BigDecimal> fte(String label, BigDecimal value) {
        NumberInput<BigDecimal> field = NumberInput.decimal(label, 2, "0.5");
        field.setNumber(value);
        return field;
    }
}
