package health.staffing.approvals.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import health.staffing.approvals.ApprovalDecisionRow;
import health.staffing.approvals.ApprovalHistoryFilter;
import health.staffing.approvals.ApprovalHistoryService;
import health.staffing.approvals.DecisionTaken;
import health.staffing.base.AuditLog;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.export.ExportColumn;
import health.staffing.base.ui.FilterAddress;
import health.staffing.base.ui.component.ExportLinks;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.OrganisationSummary;
import health.staffing.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The approval history: every decision on the requisitions the person sees, newest first, filtered by
 * the days decided, entity, department, category, step and decision (kept in the address:
 * {@code ?from=2026-01-01&to=2026-06-30&step=CMO%20office&decision=REJECTED}), exported as shown. The
 * dashboard's approval figures open it narrowed the same way.
 */
@Route("approval-history")
@PageTitle("Approval history")
@Menu(order = 3.2, icon = "vaadin:time-backward", title = "Approval history")
@RolesAllowed({AppRoles.HIRING_MANAGER, AppRoles.RECRUITER, AppRoles.ADMIN, AppRoles.CMO_OFFICE, AppRoles.FINANCE})
class ApprovalHistoryView extends Main implements BeforeEnterObserver {

    private final ApprovalHistoryService history;
    final DatePicker from = new DatePicker("Decided from");
    final DatePicker to = new DatePicker("to");
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>("Entity");
    final TextField department = new TextField("Department");
    final TextField category = new TextField("Category");
    final ComboBox<String> step = new ComboBox<>("Step");
    final MultiSelectComboBox<DecisionTaken> decisions = new MultiSelectComboBox<>("Decision");
    final Grid<ApprovalDecisionRow> grid = new Grid<>();
    final Paragraph problem = new Paragraph();
    private final Span count = new Span();
    private ApprovalHistoryFilter filter = ApprovalHistoryFilter.none();
    private boolean reading;

    ApprovalHistoryView(ApprovalHistoryService history, OrgChartService orgChart, AuditLog auditLog, Clock clock) {
        this.history = history;
        addClassNames("page", "approval-history-view");
        from.setId("filter-from");
        to.setId("filter-to");
        organisation.setItems(orgChart.organisations());
        organisation.setItemLabelGenerator(OrganisationSummary::code);
        organisation.setClearButtonVisible(true);
        organisation.setId("filter-entity");
        for (TextField text : List.of(department, category)) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setClearButtonVisible(true);
        }
        department.setId("filter-department");
        category.setId("filter-category");
        step.setItems(history.stepLabels());
        step.setClearButtonVisible(true);
        step.setId("filter-step");
        decisions.setItems(DecisionTaken.values());
        decisions.setItemLabelGenerator(DecisionTaken::label);
        decisions.setId("filter-decision");
        List<com.vaadin.flow.component.HasSize> sized = List.of(from, to, organisation, department, category, step,
                decisions);
        sized.forEach(field -> field.setWidth("10.5rem"));
        decisions.setWidth("15rem");
        Button clear = new Button("Clear filters", click -> getUI().ifPresent(ui ->
                ui.navigate(ApprovalHistoryView.class, QueryParameters.empty())));
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        Div filters = new Div(from, to, organisation, department, category, step, decisions, clear);
        filters.addClassName("requisition-filters");
        List<HasValue<?, ?>> fields = List.of(from, to, organisation, department, category, step, decisions);
        fields.forEach(field -> field.addValueChangeListener(change -> {
            if (!reading) {
                writeAddress();
            }
        }));
        problem.addClassName("dialog-error");
        problem.setVisible(false);
        problem.setId("filter-problem");
        count.setId("decision-count");
        count.addClassName("panel-description");
        Div header = new Div(count, new ExportLinks<>("approval-history", this::exportSource, auditLog, clock));
        header.addClassName("requisition-header");
        configureGrid();
        add(new H2("Approval history"), filters, problem, header, grid);
    }

    private void configureGrid() {
        grid.setId("approval-history");
        grid.addClassName("requisition-grid");
        grid.addColumn(row -> Dates.moment(row.decidedAt())).setHeader("Decided").setKey("decidedAt").setSortable(true)
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(ApprovalDecisionRow::reference).setHeader("Ref").setKey("reference").setSortable(true)
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(ApprovalDecisionRow::title).setHeader("Role").setKey("title").setFlexGrow(1).setWidth("12rem");
        grid.addColumn(ApprovalDecisionRow::organisationCode).setHeader("Entity").setKey("organisationCode")
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(ApprovalDecisionRow::step).setHeader("Step").setKey("step").setSortable(true).setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(row -> row.decision().label()).setHeader("Decision").setKey("decision").setSortable(true)
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(ApprovalHistoryView::decider).setHeader("Decided by").setKey("decidedBy").setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(row -> row.days() == null ? "—" : String.format(Locale.US, "%.1f d", row.days()))
                .setHeader("Days").setKey("days").setSortable(true).setTextAlign(ColumnTextAlign.END)
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(row -> row.comment() == null ? "" : row.comment()).setHeader("Comment").setKey("comment")
                .setWidth("14rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("decidedAt"), SortDirection.DESCENDING)));
        grid.setEmptyStateText("No decisions match these filters.");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("requisitions/"
                + click.getItem().requisitionId())));
        grid.setItems(query -> history.decisions(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) history.count(filter));
    }

    private static String decider(ApprovalDecisionRow row) {
        return row.onBehalfOf() == null ? row.decidedBy() : row.decidedBy() + " for " + row.onBehalfOf();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FilterAddress address = FilterAddress.of(event);
        reading = true;
        try {
            from.setValue(address.day("from").orElse(null));
            to.setValue(address.day("to").orElse(null));
            organisation.setValue(address.text("org").flatMap(code -> organisation.getListDataView().getItems()
                    .filter(o -> o.code().equals(code)).findFirst()).orElse(null));
            department.setValue(address.text("dept").orElse(""));
            category.setValue(address.text("cat").orElse(""));
            step.setValue(address.text("step").orElse(null));
            decisions.setValue(address.constants("decision", DecisionTaken.class));
        } finally {
            reading = false;
        }
        try {
            filter = currentFilter();
            problem.setVisible(false);
        } catch (DomainException refused) {
            problem.setText(refused.getMessage() + " Showing every day.");
            problem.setVisible(true);
            from.setValue(null);
            to.setValue(null);
            filter = currentFilter();
        }
        grid.getDataProvider().refreshAll();
        long total = history.count(filter);
        count.setText(total == 1 ? "1 decision" : String.format(Locale.US, "%,d decisions", total));
    }

    ApprovalHistoryFilter currentFilter() {
        return new ApprovalHistoryFilter(from.getValue(), to.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().code(), department.getValue(),
                category.getValue(), step.getValue(), decisions.getValue());
    }

    private void writeAddress() {
        ApprovalHistoryFilter wanted;
        try {
            wanted = currentFilter();
        } catch (DomainException refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(ApprovalHistoryView.class, address(wanted)));
    }

    private static QueryParameters address(ApprovalHistoryFilter wanted) {
        return FilterAddress.writer()
                .put("from", wanted.from())
                .put("to", wanted.to())
                .put("org", wanted.organisationCode())
                .put("dept", wanted.department())
                .put("cat", wanted.category())
                .put("step", wanted.step())
                .putAll("decision", wanted.decisions())
                .toQueryParameters();
    }

    static List<ExportColumn<ApprovalDecisionRow>> exportColumns() {
        return List.of(ExportColumn.of("Decided", ApprovalDecisionRow::decidedAt),
                ExportColumn.of("Ref", ApprovalDecisionRow::reference),
                ExportColumn.of("Role", ApprovalDecisionRow::title),
                ExportColumn.of("Entity", ApprovalDecisionRow::organisationCode),
                ExportColumn.of("Step", ApprovalDecisionRow::step),
                ExportColumn.of("Decision", row -> row.decision().label()),
                ExportColumn.of("Decided by", ApprovalDecisionRow::decidedBy),
                ExportColumn.of("On behalf of", ApprovalDecisionRow::onBehalfOf),
                ExportColumn.of("Turn came", ApprovalDecisionRow::turnAt),
                ExportColumn.of("Days", row -> days(row.days())),
                ExportColumn.of("Comment", ApprovalDecisionRow::comment));
    }

    private static @Nullable BigDecimal days(@Nullable Double days) {
        return days == null ? null : BigDecimal.valueOf(days).setScale(1, RoundingMode.HALF_UP);
    }

    /** The filter in force and the grid's order, through the service's row rule. */
    ExportLinks.Source<ApprovalDecisionRow> exportSource() {
        ApprovalHistoryFilter shown = filter;
        Sort order = ExportLinks.sortOf(grid);
        return ExportLinks.Source.of(address(shown), exportColumns(),
                (number, size) -> history.decisions(shown, PageRequest.of(number, size, order)));
    }
}
