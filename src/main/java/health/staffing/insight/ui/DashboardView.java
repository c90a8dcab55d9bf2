package health.staffing.insight.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.ui.FilterAddress;
import health.staffing.insight.DashboardFilter;
import health.staffing.insight.DashboardSections;
import health.staffing.insight.DashboardService;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.OrganisationSummary;
import health.staffing.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The hiring dashboard: filters for the period, entity, department and category kept in the address
 * ({@code /dashboard?from=2026-01-01&to=2026-06-30&org=MH&cat=Physician}), then the panel groups the person
 * may see. Each figure links to the grid of its records filtered the same way; each table exports.
 */
@Route("dashboard")
@PageTitle("Dashboard")
@Menu(order = 0.5, icon = "vaadin:chart", title = "Dashboard")
@RolesAllowed({AppRoles.HIRING_MANAGER, AppRoles.RECRUITER, AppRoles.ADMIN, AppRoles.CMO_OFFICE, AppRoles.FINANCE})
class DashboardView extends Main implements BeforeEnterObserver {

    private final DashboardService dashboard;
    private final AuditLog auditLog;
    private final Clock clock;
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>("Entity");
    final TextField department = new TextField("Department");
    final ComboBox<String> category = new ComboBox<>("Category");
    final Paragraph problem = new Paragraph();
    final Div content = new Div();
    private boolean reading;

    DashboardView(DashboardService dashboard, OrgChartService orgChart, AuditLog auditLog, Clock clock) {
        this.dashboard = dashboard;
        this.auditLog = auditLog;
        this.clock = clock;
        addClassNames("page", "dashboard-view");
        from.setId("filter-from");
        to.setId("filter-to");
        organisation.setItems(orgChart.organisations());
        organisation.setItemLabelGenerator(o -> o.code() + " · " + o.name());
        organisation.setClearButtonVisible(true);
        organisation.setId("filter-entity");
        department.setId("filter-department");
        department.setValueChangeMode(ValueChangeMode.LAZY);
        department.setClearButtonVisible(true);
        category.setItems(dashboard.categories());
        category.setAllowCustomValue(true);
        category.addCustomValueSetListener(typed -> category.setValue(typed.getDetail()));
        category.setClearButtonVisible(true);
        category.setId("filter-category");
        Button lastYear = new Button("Last 12 months", click -> navigate(DashboardFilter.lastYear(today())));
        lastYear.addThemeVariants(ButtonVariant.TERTIARY);
        lastYear.setId("reset-filters");
        Button print = new Button("Print", VaadinIcon.PRINT.create(),
                click -> getElement().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.TERTIARY);
        print.setId("print");
        Div filters = new Div(from, to, organisation, department, category, lastYear, print);
        filters.addClassNames("requisition-filters", "dashboard-filters");
        List<HasValue<?, ?>> fields = List.of(from, to, organisation, department, category);
        fields.forEach(field -> field.addValueChangeListener(change -> {
            if (!reading) {
                writeAddress();
            }
        }));
        problem.addClassName("dialog-error");
        problem.setId("filter-problem");
        problem.setVisible(false);
        content.addClassName("dashboard-content");
        add(new H2("Dashboard"), filters, problem, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FilterAddress address = FilterAddress.of(event);
        DashboardFilter fallback = DashboardFilter.lastYear(today());
        LocalDate start = address.day("from").orElse(fallback.from());
        LocalDate end = address.day("to").orElse(fallback.to());
        DashboardFilter filter;
        try {
            filter = new DashboardFilter(start, end, address.text("org").orElse(null),
                    address.text("dept").orElse(null), address.text("cat").orElse(null));
            problem.setVisible(false);
        } catch (DomainException refused) {
            // A hand-edited address the dashboard cannot use: say so, and show the last twelve months.
            problem.setText(refused.getMessage() + " Showing the last 12 months.");
            problem.setVisible(true);
            filter = fallback.withOrganisation(address.text("org").orElse(null))
                    .withDepartment(address.text("dept").orElse(null)).withCategory(address.text("cat").orElse(null));
        }
        show(filter);
    }

    private void show(DashboardFilter filter) {
        reading = true;
        try {
            from.setValue(filter.from());
            to.setValue(filter.to());
            organisation.setValue(filter.organisationCode() == null ? null : organisation.getListDataView().getItems()
                    .filter(o -> o.code().equals(filter.organisationCode())).findFirst().orElse(null));
            department.setValue(filter.department() == null ? "" : filter.department());
            category.setValue(filter.category());
        } finally {
            reading = false;
        }
        content.removeAll();
        DashboardSections sections = dashboard.sections();
        DrillDown drill = new DrillDown(filter);
        Block block = new Block(auditLog, clock, address(filter));
        content.add(RequisitionSection.of(dashboard.openRequisitions(filter), drill, block, sections.allRequisitions()),
                ApprovalSection.of(dashboard.approvals(filter), drill, block));
        if (sections.hiring()) {
            content.add(HiringSection.of(dashboard.hiring(filter), drill, block, sections.allRequisitions()));
        }
        if (sections.seats()) {
            content.add(SeatSection.of(dashboard.seats(filter), drill, block));
        }
    }

    /** The fields as a filter, into the address; a period the dashboard refuses stays in the fields with its reason. */
    private void writeAddress() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null) {
            return;
        }
        try {
            navigate(new DashboardFilter(start, end,
                    organisation.getValue() == null ? null : organisation.getValue().code(), department.getValue(),
                    category.getValue()));
        } catch (DomainException refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }

    private void navigate(DashboardFilter filter) {
        getUI().ifPresent(ui -> ui.navigate(DashboardView.class, address(filter)));
    }

    static QueryParameters address(DashboardFilter filter) {
        return FilterAddress.writer()
                .put("from", filter.from())
                .put("to", filter.to())
                .put("org", filter.organisationCode())
                .put("dept", filter.department())
                .put("cat", filter.category())
                .toQueryParameters();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
