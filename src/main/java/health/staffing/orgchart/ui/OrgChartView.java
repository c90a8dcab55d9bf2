package health.staffing.orgchart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import health.staffing.base.AuditLog;
import health.staffing.base.export.ExportColumn;
import health.staffing.base.ui.FilterAddress;
import health.staffing.base.ui.component.ExportLinks;
import health.staffing.orgchart.OrgChartCsvService;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.OrganisationSummary;
import health.staffing.orgchart.PositionSummary;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
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
class OrgChartView extends Main implements BeforeEnterObserver {

    static final String ORG = "org";
    static final String POSITION = "position";
    static final String AS_OF = "asOf";
    private static final double[] ZOOMS = {0.5, 0.65, 0.8, 1.0, 1.2};
    /** Static markup in one element: the legend is on every chart of every session (issue 17). */
    private static final String LEGEND = Stream.of("solid:Reports to", "dotted:Dotted line (secondary)",
            "dyad:Dyad partners", "vacant:Vacant", "on-path:Path to top").map(entry -> entry.split(":", 2))
            .map(kind -> "<span class='legend-item'><span class='legend-swatch " + kind[0] + "'></span><span>"
                    + kind[1] + "</span></span>")
            .collect(Collectors.joining());

    private final OrgChartService orgChart;
    private final PositionChanges changes;
    private final UserAccountService accounts;
    private final Clock clock;
    private final OrgChartViewModel model;
    private final boolean canEdit = CurrentUser.isHr() || CurrentUser.hasRole(AppRoles.ADMIN);

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

    /** The vacant seats of the organisation and day shown, as the vacancy export writes them. */
    static List<ExportColumn<PositionSummary>> vacancyColumns() {
        return List.of(ExportColumn.of("Code", PositionSummary::code), ExportColumn.of("Seat", PositionSummary::title),
                ExportColumn.of("Entity", PositionSummary::organisationCode),
                ExportColumn.of("Department", PositionSummary::department),
                ExportColumn.of("City", PositionSummary::locationCity),
                ExportColumn.of("State", PositionSummary::locationState), ExportColumn.of("FTE", PositionSummary::fte),
                ExportColumn.of("Admin FTE", PositionSummary::adminFte),
                ExportColumn.of("Direct reports", PositionSummary::directReports),
                ExportColumn.of("Retirement risk", seat -> seat.retirementRisk() ? "Yes" : "No"));
    }

    ExportLinks.Source<PositionSummary> vacancies() {
        String shown = model.organisationCode();
        LocalDate day = model.day();
        QueryParameters filter = QueryParameters.simple(java.util.Map.of("org", shown == null ? "" : shown,
                "asOf", day.toString()));
        return ExportLinks.Source.of(filter, vacancyColumns(), (number, size) -> shown == null ? List.of()
                : orgChart.vacancies(shown, day, PageRequest.of(number, size)));
    }

    OrgChartView(OrgChartService orgChart, OrgChartCsvService csv, PositionChanges changes,
            UserAccountService accounts, AuditLog auditLog, SeatRequisitions seatRequisitions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, ImportRuns runs,
            Clock clock) {
        this.seatRequisitions = seatRequisitions;
        this.orgChart = orgChart;
        this.accounts = accounts;
        this.clock = clock;
        this.model = new OrgChartViewModel(ChartSource.of(orgChart), LocalDate.now(clock));
        this.canvas = new ChartCanvas(id -> select(model.node(id).code()), this::toggle);
        this.changes = changes.forChart(model::day, this::refresh);
        this.details = new PositionDetailPanel(this::select, changes, canEdit,
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

        Div legend = new Div();
        legend.getElement().setProperty("innerHTML", LEGEND);
        legend.addClassName("chart-legend");

        Div toolbar = new Div(organisation, search, asOf, zoomControls,
                new ExportLinks<>("Vacant seats:", "vacant-seats", this::vacancies, auditLog, clock));
        toolbar.addClassName("chart-toolbar");
        if (canEdit) {
            String username = CurrentUser.required();
            toolbar.add(new ChartFileActions(csv, executor, runs, username, model::day, this::refresh,
                    () -> changes.newOrganisation(this::show)));
            // An import this person started before a reload goes on: show its progress, then its result.
            runs.current(username).ifPresent(run -> new ImportDialog(csv, executor, runs, username, model.day(),
                    report -> refresh("Imported: " + report.summary())).following(run).open());
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
        FilterAddress address = FilterAddress.of(event);
        LocalDate day = address.day(AS_OF).orElse(LocalDate.now(clock));
        Optional<PositionSummary> position = address.text(POSITION).flatMap(code -> orgChart.findByCode(code, day));
        List<OrganisationSummary> all = orgChart.organisations();
        if (all.isEmpty()) {
            showEmpty("No organisation yet.", canEdit ? "Start with New organisation above, then add its top position or "
                    + "import the whole chart from CSV." : "HR has not set up the organisation chart yet.", false);
            return;
        }
        String org = address.text(ORG)
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

    private void navigate(@Nullable String org, @Nullable String positionCode, LocalDate day) {
        QueryParameters address = FilterAddress.writer().put(ORG, org).put(POSITION, positionCode)
                .put(AS_OF, day.equals(LocalDate.now(clock)) ? null : day).toQueryParameters();
        getUI().ifPresent(ui -> ui.navigate(OrgChartView.class, address));
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
        if (org == null) {
            return; // no chart open: nothing to reload
        }
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

    /** A newly created organisation: listed and shown (empty until its top position or an import). */
    private void show(OrganisationSummary created) {
        organisation.setItems(orgChart.organisations());
        navigate(created.code(), null, model.day());
    }

    private void showEmpty(String title, String hint, boolean offerTop) {
        emptyState.removeAll();
        emptyState.add(new H3(title), new Paragraph(hint));
        if (offerTop) {
            Button addTop = new Button("Add the top position", VaadinIcon.PLUS.create(), click -> changes.addTopPosition(organisation.getValue()));
            addTop.addThemeVariants(ButtonVariant.PRIMARY);
            addTop.setId("add-top-position");
            emptyState.add(addTop);
        }
        emptyState.setVisible(true);
    }

    // ------------------------------------------------------------ helpers

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
}
