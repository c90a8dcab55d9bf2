package health.staffing.orgchart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.orgchart.DottedLine;
import health.staffing.orgchart.NewOrganisation;
import health.staffing.orgchart.NewPosition;
import health.staffing.orgchart.OrgChartCsvService;
import health.staffing.orgchart.OrgChartLimits;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.OrganisationSummary;
import health.staffing.orgchart.PositionDetails;
import health.staffing.orgchart.PositionEdit;
import health.staffing.orgchart.PositionSummary;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.orgchart.SuccessionCandidate;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.PageRequest;

/**
 * The org chart: one organisation as of a day, boxes with solid and labelled dotted lines,
 * lazily expanded; a search that focuses a position and lights up its path to the top; a detail
 * panel; and, for HR and administrators, dated changes. The address holds the organisation, the
 * selected position and the day ({@code /org-chart?org=MGB&position=MGB-MD-PCQ&asOf=2026-12-01}).
 */
@Route("org-chart")
@PageTitle("Org chart")
@Menu(order = 10, icon = "vaadin:sitemap", title = "Org chart")
@PermitAll
class OrgChartView extends Main implements BeforeEnterObserver, PositionDetailPanel.Actions {

    static final String ORG = "org";
    static final String POSITION = "position";
    static final String AS_OF = "asOf";
    private static final double[] ZOOMS = {0.5, 0.65, 0.8, 1.0, 1.2};

    private final OrgChartService orgChart;
    private final OrgChartCsvService csv;
    private final TaskExecutor executor;
    private final EmployeeService employees;
    private final UserAccountService accounts;
    private final Clock clock;
    private final OrgChartViewModel model;
    private final boolean canEdit = CurrentUser.hasRole(AppRoles.RECRUITER) || CurrentUser.hasRole(AppRoles.ADMIN);

    final Select<OrganisationSummary> organisation = new Select<>();
    final ComboBox<PositionSummary> search = new ComboBox<>("Find a position or person");
    final DatePicker asOf = new DatePicker("As of");
    final ChartCanvas canvas;
    final PositionDetailPanel details;
    private final Div zoomBox = new Div();
    private final Div emptyState = new Div();
    private final Span zoomLabel = new Span();
    private int zoom = 3;
    private boolean updatingFields;
    private final SeatRequisitions seatRequisitions;

    OrgChartView(OrgChartService orgChart, OrgChartCsvService csv, EmployeeService employees,
            UserAccountService accounts, AuditLog auditLog, SeatRequisitions seatRequisitions, TaskExecutor executor,
            Clock clock) {
        this.seatRequisitions = seatRequisitions;
        this.orgChart = orgChart;
        this.csv = csv;
        this.executor = executor;
        this.employees = employees;
        this.accounts = accounts;
        this.clock = clock;
        this.model = new OrgChartViewModel(ChartSource.of(orgChart));
        this.canvas = new ChartCanvas(id -> select(model.node(id).code()), this::toggle);
        this.details = new PositionDetailPanel(this::select, this, canEdit,
                id -> auditLog.historyOf("Position", id, PageRequest.of(0, 10)));
        addClassNames("org-chart-view");

        organisation.setLabel("Organisation");
        organisation.setItems(orgChart.organisations());
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setId("chart-organisation");
        organisation.setWidth("17rem");
        organisation.addValueChangeListener(change -> {
            if (!updatingFields && change.isFromClient() && change.getValue() != null) {
                navigate(change.getValue().code(), null, model.day());
            }
        });

        search.setId("chart-search");
        search.setPlaceholder("Title or name, e.g. quality or Okafor");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setItemLabelGenerator(p -> p.title() + (p.vacant() ? " — vacant" : " — " + p.incumbentName()));
        search.setItems(query -> orgChart.search(query.getFilter().orElse(""), model.day()).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        search.setWidth("19rem");
        search.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                PositionSummary found = change.getValue();
                search.clear();
                navigate(found.organisationCode(), found.code(), model.day());
            }
        });

        asOf.setId("chart-as-of");
        asOf.setWidth("10rem");
        asOf.addValueChangeListener(change -> {
            if (!updatingFields && change.isFromClient() && change.getValue() != null) {
                navigate(model.organisationCode(), selectedCode().orElse(null), change.getValue());
            }
        });

        Button zoomOut = zoomButton(VaadinIcon.MINUS, "Zoom out", -1);
        Button zoomIn = zoomButton(VaadinIcon.PLUS, "Zoom in", +1);
        zoomLabel.addClassName("zoom-label");
        Div zoomControls = new Div(zoomOut, zoomLabel, zoomIn);
        zoomControls.addClassName("zoom-controls");

        Div legend = new Div(legend("solid", "Reports to"), legend("dotted", "Dotted line"),
                legend("vacant", "Vacant"), legend("on-path", "Path to top"));
        legend.addClassName("chart-legend");

        Div toolbar = new Div(organisation, search, asOf, zoomControls);
        toolbar.addClassName("chart-toolbar");
        if (canEdit) {
            toolbar.add(fileActions());
        }

        zoomBox.addClassName("chart-zoom");
        zoomBox.add(canvas);
        Div scroller = new Div(zoomBox);
        scroller.addClassName("chart-scroller");
        scroller.setId("chart-scroller");
        emptyState.addClassName("chart-empty");
        emptyState.setId("chart-empty");
        emptyState.setVisible(false);
        Div stage = new Div(scroller, legend, emptyState);
        stage.addClassName("chart-stage");
        Div body = new Div(stage, details);
        body.addClassName("chart-body");
        add(toolbar, body);
        applyZoom();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        LocalDate day = first(parameters, AS_OF).flatMap(OrgChartView::parseDay).orElse(LocalDate.now(clock));
        Optional<PositionSummary> position = first(parameters, POSITION).flatMap(code -> orgChart.findByCode(code, day));
        List<OrganisationSummary> all = orgChart.organisations();
        if (all.isEmpty()) {
            showEmpty("No organisation yet.", canEdit ? "Start with New organisation above, then add its top position or "
                    + "import the whole chart from CSV." : "HR has not set up the organisation chart yet.", false);
            return;
        }
        String org = first(parameters, ORG)
                .or(() -> position.map(PositionSummary::organisationCode))
                .or(this::homeOrganisation)
                .orElseGet(() -> all.getFirst().code());
        if (!org.equals(model.organisationCode()) || !day.equals(model.day())) {
            model.open(org, day);
        }
        position.ifPresentOrElse(p -> model.focus(p.id()), model::clearSelection);
        updatingFields = true;
        organisation.getListDataView().getItems().filter(o -> o.code().equals(model.organisationCode())).findFirst()
                .ifPresent(organisation::setValue);
        asOf.setValue(model.day());
        updatingFields = false;
        render();
        position.ifPresentOrElse(p -> showDetails(p, model.day()), () -> details.setVisible(false));
    }

    /** The organisation of the signed-in person's own position: where most people start. */
    private Optional<String> homeOrganisation() {
        return accounts.findByUsername(CurrentUser.username())
                .map(UserSummary::employeeId)
                .flatMap(orgChart::positionHeldBy)
                .map(PositionSummary::organisationCode);
    }

    private void render() {
        if (model.roots().isEmpty()) {
            showEmpty("No positions in this organisation on " + model.day() + ".", canEdit
                    ? "Add its top position, or import the chart from CSV." : "Try another day or organisation.", canEdit);
        } else {
            emptyState.setVisible(false);
        }
        List<String> shown = model.layout().points().keySet().stream().map(id -> model.node(id).code()).toList();
        canvas.render(model, seatRequisitions.openFor(shown));
        canvas.getElement().executeJs(
                "const box = this.querySelector('#selected-box'); if (box) box.scrollIntoView({block: 'center', inline: 'center'});");
    }

    private void toggle(long id) {
        model.toggle(id);
        render();
    }

    /** Selects a position by code; one of another organisation switches the chart there. */
    private void select(String code) {
        String org = orgChart.findByCode(code, model.day()).map(PositionSummary::organisationCode)
                .orElse(model.organisationCode());
        navigate(org, code, model.day());
    }

    private void navigate(String org, String positionCode, LocalDate day) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(ORG, org);
        if (positionCode != null) {
            parameters.put(POSITION, positionCode);
        }
        if (!day.equals(LocalDate.now(clock))) {
            parameters.put(AS_OF, day.toString());
        }
        getUI().ifPresent(ui -> ui.navigate(OrgChartView.class, QueryParameters.simple(parameters)));
    }

    private Optional<String> selectedCode() {
        return Optional.ofNullable(model.selected()).map(model::node).map(PositionSummary::code);
    }

    private void showDetails(PositionSummary position, LocalDate day) {
        details.show(orgChart.details(position.id(), day),
                seatRequisitions.openFor(List.of(position.code())).get(position.code()));
    }

    /** After a change: reload the chart as of the same day and keep the selection. */
    private void refresh(String message) {
        String org = model.organisationCode();
        LocalDate day = model.day();
        Optional<String> selected = selectedCode();
        model.open(org, day);
        selected.flatMap(code -> orgChart.findByCode(code, day)).ifPresentOrElse(p -> {
            model.focus(p.id());
            showDetails(p, day);
        }, () -> details.setVisible(false));
        render();
        Notification.show(message, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }

    // ------------------------------------------------------------ HR changes

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
        ChangeDialog dialog = new ChangeDialog("Edit " + p.title(), "Save", model.day(), false,
                day -> orgChart.editPosition(p.code(), d.version(), new PositionEdit(title.getValue(),
                        department.getValue(), city.getValue(), state.getValue(), fte.numberOrRefuse(), adminFte.numberOrRefuse())),
                () -> refresh("Saved " + title.getValue() + "."));
        dialog.addFields(title, department, city, state, fte, adminFte);
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
        ChangeDialog dialog = new ChangeDialog("New position reporting to " + manager.title(), "Create", model.day(), true,
                day -> orgChart.createPosition(new NewPosition(code.getValue(), title.getValue(), manager.organisationCode(),
                        department.getValue(), manager.locationCity(), manager.locationState(), fte.numberOrRefuse(),
                        adminFte.numberOrRefuse(), manager.code(), null, day)),
                () -> refresh("Created " + title.getValue() + "."));
        dialog.addFields(code, title, department, fte, adminFte);
        dialog.open();
    }

    @Override
    public void move(PositionDetails d) {
        ComboBox<PositionSummary> manager = positionPicker("New manager");
        ChangeDialog dialog = new ChangeDialog("Move " + d.position().title(), "Move", model.day(), true,
                day -> orgChart.movePosition(d.position().code(), d.version(),
                        required(manager.getValue(), "Choose the new manager.").code(), day),
                () -> refresh("Moved " + d.position().title() + "."));
        dialog.addFields(manager);
        dialog.open();
    }

    @Override
    public void addDottedLine(PositionDetails d) {
        ComboBox<PositionSummary> partner = positionPicker("Dotted line to");
        TextField label = text("What it is for", null, OrgChartLimits.MAX_LINE_LABEL);
        label.setRequired(true);
        label.setPlaceholder("e.g. quality oversight");
        ChangeDialog dialog = new ChangeDialog("Dotted line from " + d.position().title(), "Add", model.day(), true,
                day -> orgChart.addDottedLine(d.position().code(), d.version(),
                        required(partner.getValue(), "Choose the position the dotted line goes to.").code(), label.getValue(), day),
                () -> refresh("Dotted line added."));
        dialog.addFields(partner, label);
        dialog.open();
    }

    @Override
    public void removeDottedLine(PositionDetails d, DottedLine line) {
        String from = line.outgoing() ? d.position().code() : line.partner().code();
        String to = line.outgoing() ? line.partner().code() : d.position().code();
        // The line belongs to the position it starts from: its version as seen now, when the dialog opens.
        long seen = line.outgoing() ? d.version() : orgChart.versionOf(from);
        ChangeDialog dialog = new ChangeDialog("End the dotted line \"" + line.label() + "\"", "End it", model.day(), true,
                day -> orgChart.removeDottedLine(from, seen, to, day), () -> refresh("Dotted line ended."));
        dialog.open();
    }

    @Override
    public void assignIncumbent(PositionDetails d) {
        ComboBox<EmployeeSummary> employee = employeePicker("Employee");
        ChangeDialog dialog = new ChangeDialog("Assign the incumbent of " + d.position().title(), "Assign", model.day(), true,
                day -> orgChart.assignIncumbent(d.position().code(), d.version(),
                        required(employee.getValue(), "Choose the employee.").id(), day),
                () -> refresh("Incumbent assigned."));
        dialog.addFields(employee);
        dialog.open();
    }

    @Override
    public void vacate(PositionDetails d) {
        ChangeDialog dialog = new ChangeDialog(d.position().incumbentName() + " leaves " + d.position().title(), "Vacate",
                model.day(), true, day -> orgChart.vacate(d.position().code(), d.version(), day),
                () -> refresh("Position vacated."));
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
        ChangeDialog dialog = new ChangeDialog("Succession for " + d.position().title(), "Save", model.day(), false,
                day -> {
                    List<SuccessionCandidate> candidates = new ArrayList<>(d.successors().stream()
                            .map(s -> new SuccessionCandidate(s.employeeId(), s.readiness())).toList());
                    if (successor.getValue() != null) {
                        candidates.removeIf(c -> c.employeeId() == successor.getValue().id());
                        candidates.add(new SuccessionCandidate(successor.getValue().id(), readiness.getValue()));
                    }
                    orgChart.planSuccession(d.position().code(), d.version(), atRisk.getValue(), note.getValue(),
                            candidates);
                },
                () -> refresh("Succession plan saved."));
        dialog.addFields(atRisk, note, successor, readiness);
        dialog.open();
    }

    @Override
    public void retire(PositionDetails d) {
        ChangeDialog dialog = new ChangeDialog("Retire " + d.position().title(), "Retire", model.day().plusDays(1), true,
                day -> orgChart.retirePosition(d.position().code(), d.version(), day),
                () -> refresh("Position retired."));
        dialog.open();
    }

    private void showEmpty(String title, String hint, boolean offerTop) {
        emptyState.removeAll();
        emptyState.add(new H3(title), new Paragraph(hint));
        if (offerTop) {
            Button addTop = new Button("Add the top position", VaadinIcon.PLUS.create(), click -> addTopPosition());
            addTop.addThemeVariants(ButtonVariant.PRIMARY);
            addTop.setId("add-top-position");
            emptyState.add(addTop);
        }
        emptyState.setVisible(true);
    }

    private void addTopPosition() {
        String org = model.organisationCode();
        TextField code = text("Position code", null, OrgChartLimits.MAX_CODE);
        code.setRequired(true);
        TextField title = text("Title", "President and Chief Executive Officer", OrgChartLimits.MAX_TITLE);
        title.setRequired(true);
        TextField department = text("Department", "Executive Office", OrgChartLimits.MAX_DEPARTMENT);
        NumberInput<BigDecimal> fte = fte("Total FTE", BigDecimal.ONE);
        NumberInput<BigDecimal> adminFte = fte("Administrative FTE", BigDecimal.ONE);
        ChangeDialog dialog = new ChangeDialog("Top position of " + organisation.getValue().name(), "Create", model.day(),
                true, day -> orgChart.createPosition(new NewPosition(code.getValue(), title.getValue(), org,
                        department.getValue(), organisation.getValue().city(), organisation.getValue().state(),
                        fte.numberOrRefuse(), adminFte.numberOrRefuse(), null, null, day)),
                () -> refresh("Created " + title.getValue() + "."));
        dialog.addFields(code, title, department, fte, adminFte);
        dialog.open();
    }

    private void newOrganisation() {
        TextField code = text("Code", null, 20);
        code.setRequired(true);
        code.setHelperText("Short and stable, e.g. MGB; used in CSV files");
        TextField name = text("Name", null, OrgChartLimits.MAX_ORGANISATION_NAME);
        name.setRequired(true);
        TextField city = text("City", null, OrgChartLimits.MAX_CITY);
        TextField state = text("State", null, 2);
        state.setMaxLength(2);
        ChangeDialog dialog = new ChangeDialog("New organisation", "Create", model.day(), false,
                day -> {
                    OrganisationSummary created = orgChart.createOrganisation(
                            new NewOrganisation(code.getValue(), name.getValue(), city.getValue(), state.getValue()));
                    organisation.setItems(orgChart.organisations());
                    navigate(created.code(), null, model.day() == null ? LocalDate.now(clock) : model.day());
                },
                () -> Notification.show("Organisation created.", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS));
        dialog.addFields(name, code, city, state);
        dialog.open();
    }

    // ------------------------------------------------------------ CSV

    /** HR: the chart of the shown day as a CSV download, and an import from a CSV file. */
    private Div fileActions() {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = csv.export(model.day()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "org-chart-" + model.day() + ".csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), "");
        export.setId("chart-export");
        Button exportButton = new Button("Export CSV", VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.TERTIARY);
        export.add(exportButton);
        Button importButton = new Button("Import CSV", VaadinIcon.UPLOAD.create(),
                click -> new ImportDialog(csv, executor, model.day(),
                        report -> refresh("Imported: " + report.summary())).open());
        importButton.addThemeVariants(ButtonVariant.TERTIARY);
        importButton.setId("chart-import");
        Button newOrganisation = new Button("New organisation", VaadinIcon.INSTITUTION.create(), click -> newOrganisation());
        newOrganisation.addThemeVariants(ButtonVariant.TERTIARY);
        newOrganisation.setId("chart-new-organisation");
        Div actions = new Div(newOrganisation, export, importButton);
        actions.addClassName("chart-file-actions");
        return actions;
    }

    // ------------------------------------------------------------ helpers

    private ComboBox<PositionSummary> positionPicker(String label) {
        ComboBox<PositionSummary> picker = new ComboBox<>(label);
        picker.setItems(query -> orgChart.search(query.getFilter().orElse(""), model.day()).stream()
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
    private static TextField text(String label, String value, int maxLength) {
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

    private Button zoomButton(VaadinIcon icon, String label, int step) {
        Button button = new Button(icon.create(), click -> {
            zoom = Math.max(0, Math.min(ZOOMS.length - 1, zoom + step));
            applyZoom();
        });
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(label);
        return button;
    }

    private void applyZoom() {
        zoomBox.getStyle().set("zoom", String.valueOf(ZOOMS[zoom]));
        zoomLabel.setText(Math.round(ZOOMS[zoom] * 100) + "%");
    }

    private static Span legend(String kind, String text) {
        Span swatch = new Span();
        swatch.addClassNames("legend-swatch", kind);
        Span item = new Span(swatch, new Span(text));
        item.addClassName("legend-item");
        return item;
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).flatMap(values -> values.stream().findFirst())
                .filter(value -> !value.isBlank());
    }

    private static Optional<LocalDate> parseDay(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }
}
