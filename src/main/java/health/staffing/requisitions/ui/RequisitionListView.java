package health.staffing.requisitions.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import health.staffing.base.AuditLog;
import health.staffing.base.Money;
import health.staffing.base.export.ExportColumn;
import health.staffing.base.ui.FilterAddress;
import health.staffing.base.ui.component.ExportLinks;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.OrganisationSummary;
import health.staffing.requisitions.RequisitionFilter;
import health.staffing.requisitions.RequisitionListItem;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The requisition grid. Filters live in the URL ({@code ?status=POSTED,APPROVED&org=MGB&minAge=30}),
 * so a filtered list can be bookmarked and shared; the service applies the row rule (a hiring
 * manager sees only their own requisitions).
 */
@Route("requisitions")
@PageTitle("Requisitions")
@Menu(order = 2, icon = "vaadin:clipboard-text", title = "Requisitions")
@RolesAllowed({AppRoles.HIRING_MANAGER, AppRoles.RECRUITER, AppRoles.ADMIN, AppRoles.CMO_OFFICE, AppRoles.FINANCE})
class RequisitionListView extends Main implements BeforeEnterObserver {

    private final RequisitionService requisitions;
    private final UserAccountService accounts;
    final MultiSelectComboBox<RequisitionStatus> status = new MultiSelectComboBox<>("Status");
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>("Entity");
    final TextField department = new TextField("Department");
    final TextField category = new TextField("Category");
    final ComboBox<UserSummary> recruiter = new ComboBox<>("Recruiter");
    final ComboBox<UserSummary> hiringManager = new ComboBox<>("Hiring manager");
    final NumberInput<Integer> minAge = ageFilter("Min age (days)");
    final NumberInput<Integer> maxAge = ageFilter("Max age (days)");
    final TextField text = new TextField("Title or reference");
    final Grid<RequisitionListItem> grid = new Grid<>();
    private final Span resultCount = new Span();
    private RequisitionFilter filter = RequisitionFilter.none();
    private static final int MAX_AGE_DAYS = 36_500;
    private boolean applyingUrl;

    RequisitionListView(RequisitionService requisitions, OrgChartService orgChart, UserAccountService accounts,
            AuditLog auditLog, Clock clock) {
        this.requisitions = requisitions;
        this.accounts = accounts;
        addClassNames("page", "requisition-list-view");

        status.setItems(RequisitionStatus.values());
        status.setItemLabelGenerator(RequisitionStatus::label);
        status.setId("filter-status");
        organisation.setItems(orgChart.organisations());
        organisation.setItemLabelGenerator(OrganisationSummary::code);
        organisation.setClearButtonVisible(true);
        organisation.setId("filter-entity");
        department.setId("filter-department");
        department.setValueChangeMode(ValueChangeMode.LAZY);
        department.setClearButtonVisible(true);
        category.setId("filter-category");
        category.setValueChangeMode(ValueChangeMode.LAZY);
        category.setClearButtonVisible(true);
        RolePickers.offer(recruiter, accounts, AppRoles.RECRUITER);
        recruiter.setClearButtonVisible(true);
        recruiter.setId("filter-recruiter");
        RolePickers.offer(hiringManager, accounts, AppRoles.HIRING_MANAGER);
        hiringManager.setClearButtonVisible(true);
        hiringManager.setId("filter-hiring-manager");
        List<HasSize> sized = List.of(status, organisation, department, category, recruiter, hiringManager, text);
        sized.forEach(field -> field.setWidth("11rem"));
        for (NumberInput<Integer> age : List.of(minAge, maxAge)) {
            age.setWidth("8.5rem");
            age.setValueChangeMode(ValueChangeMode.LAZY);
        }
        minAge.setId("filter-min-age");
        maxAge.setId("filter-max-age");
        text.setId("filter-text");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);

        Button clear = new Button("Clear filters", click -> clearFilters());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        Div filters = new Div(text, status, organisation, department, category, hiringManager, recruiter, minAge, maxAge,
                clear);
        filters.addClassName("requisition-filters");
        List<HasValue<?, ?>> fields = List.of(status, organisation, department, category, recruiter, hiringManager,
                minAge, maxAge, text);
        fields.forEach(field -> field.addValueChangeListener(change -> {
            // An age the grid cannot use stays in its field with its message, out of the URL.
            if (!applyingUrl && minAge.problem().isEmpty() && maxAge.problem().isEmpty()) {
                writeUrl();
            }
        }));

        Button create = new Button("New requisition", VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(RequisitionFormView.class)));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-requisition");
        create.setVisible(CurrentUser.roles().stream().anyMatch(
                Set.of(AppRoles.HIRING_MANAGER, AppRoles.RECRUITER, AppRoles.ADMIN)::contains));
        resultCount.setId("requisition-count");
        resultCount.addClassName("panel-description");
        ExportLinks<RequisitionListItem> export = new ExportLinks<>("requisitions", this::exportSource, auditLog, clock);
        Div header = new Div(resultCount, export, create);
        header.addClassName("requisition-header");

        configureGrid();
        add(filters, header, grid);
    }

    private void configureGrid() {
        grid.setId("requisitions");
        grid.addClassName("requisition-grid");
        grid.addColumn(RequisitionListItem::reference).setHeader("Ref").setKey("reference").setSortable(true)
                .setWidth("6.5rem").setFlexGrow(0);
        Grid.Column<RequisitionListItem> title = grid.addComponentColumn(RequisitionListView::titleCell)
                .setHeader("Title").setKey("title").setSortable(true).setFlexGrow(1).setWidth("12.5rem");
        grid.addComponentColumn(item -> StatusBadges.status(item.status())).setHeader("Status").setKey("status")
                .setSortable(true).setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(RequisitionListItem::organisationCode).setHeader("Entity").setKey("organisationCode")
                .setSortable(true).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(RequisitionListItem::hiringManagerName).setHeader("Hiring manager").setKey("hiringManager")
                .setSortable(true).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(RequisitionListItem::recruiterName).setHeader("Recruiter").setKey("recruiter").setSortable(true)
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(item -> Money.text(item.budgetMax())).setHeader("Budget (max)").setKey("salaryMax")
                .setSortable(true).setTextAlign(ColumnTextAlign.END).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(item -> item.ageDays() + " d").setHeader("Age").setKey("createdAt").setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMultiSort(true);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("createdAt"), SortDirection.DESCENDING)));
        grid.setEmptyStateText("No requisitions match these filters.");
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(RequisitionDetailView.class, RequisitionDetailView.parameters(click.getItem().id()))));
        title.setTooltipGenerator(item -> item.title() + " · " + item.kind().label() + " · " + item.department());
        grid.setItems(query -> requisitions.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) requisitions.count(filter));
    }

    /** Title with kind and department underneath, so the grid fits without losing either. */
    private static Div titleCell(RequisitionListItem item) {
        Span title = new Span(item.title());
        title.addClassName("job-title");
        Span meta = new Span(item.kind().label() + " · " + item.department());
        meta.addClassName("job-meta");
        return new Div(title, meta);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FilterAddress address = FilterAddress.of(event);
        applyingUrl = true;
        status.setValue(address.constants("status", RequisitionStatus.class));
        organisation.setValue(address.text("org").flatMap(code -> organisation.getListDataView().getItems()
                .filter(o -> o.code().equals(code)).findFirst()).orElse(null));
        department.setValue(address.text("dept").orElse(""));
        category.setValue(address.text("cat").orElse(""));
        recruiter.setValue(address.text("recruiter").flatMap(accounts::findByUsername).orElse(null));
        hiringManager.setValue(address.text("hm").flatMap(accounts::findByUsername).orElse(null));
        minAge.setNumber(address.whole("minAge", 0, MAX_AGE_DAYS).orElse(null));
        maxAge.setNumber(address.whole("maxAge", 0, MAX_AGE_DAYS).orElse(null));
        text.setValue(address.text("q").orElse(""));
        applyingUrl = false;
        filter = currentFilter();
        grid.getDataProvider().refreshAll();
        long count = requisitions.count(filter);
        resultCount.setText(count == 1 ? "1 requisition" : String.format("%,d requisitions", count));
    }

    RequisitionFilter currentFilter() {
        return new RequisitionFilter(status.getValue(),
                Optional.ofNullable(organisation.getValue()).map(OrganisationSummary::code).orElse(null),
                department.getValue(), Optional.ofNullable(recruiter.getValue()).map(UserSummary::username).orElse(null),
                Optional.ofNullable(hiringManager.getValue()).map(UserSummary::username).orElse(null),
                minAge.acceptedNumber().orElse(null), maxAge.acceptedNumber().orElse(null), text.getValue(),
                category.getValue());
    }

    /** The filter as query parameters: only what is set, so URLs stay short and readable. */
    private void writeUrl() {
        QueryParameters address = address(currentFilter());
        getUI().ifPresent(ui -> ui.navigate(RequisitionListView.class, address));
    }

    private static QueryParameters address(RequisitionFilter wanted) {
        return FilterAddress.writer()
                .putAll("status", wanted.statuses())
                .put("org", wanted.organisationCode())
                .put("dept", wanted.department())
                .put("cat", wanted.category())
                .put("recruiter", wanted.recruiter())
                .put("hm", wanted.hiringManager())
                .put("minAge", wanted.minAgeDays())
                .put("maxAge", wanted.maxAgeDays())
                .put("q", wanted.text())
                .toQueryParameters();
    }

    /** The grid's columns as an export writes them: the role's kind and department get columns of their own. */
    static List<ExportColumn<RequisitionListItem>> exportColumns() {
        return List.of(ExportColumn.of("Ref", RequisitionListItem::reference),
                ExportColumn.of("Role", RequisitionListItem::title),
                ExportColumn.of("Kind", item -> item.kind().label()),
                ExportColumn.of("Department", RequisitionListItem::department),
                ExportColumn.of("Status", item -> item.status().label()),
                ExportColumn.of("Entity", RequisitionListItem::organisationCode),
                ExportColumn.of("Hiring manager", RequisitionListItem::hiringManagerName),
                ExportColumn.of("Recruiter", RequisitionListItem::recruiterName),
                ExportColumn.of("FTE", RequisitionListItem::fte),
                ExportColumn.of("Budget (max)", RequisitionListItem::budgetMax),
                ExportColumn.of("Created", RequisitionListItem::createdAt),
                ExportColumn.of("Age (days)", RequisitionListItem::ageDays));
    }

    /** What an export reads: the filter in force and the grid's order, through the service's row rules. */
    ExportLinks.Source<RequisitionListItem> exportSource() {
        RequisitionFilter shown = filter;
        Sort order = ExportLinks.sortOf(grid);
        return ExportLinks.Source.of(address(shown), exportColumns(),
                (number, size) -> requisitions.list(shown, PageRequest.of(number, size, order)));
    }

    private void clearFilters() {
        getUI().ifPresent(ui -> ui.navigate(RequisitionListView.class, QueryParameters.empty()));
    }

    private static NumberInput<Integer> ageFilter(String label) {
        return NumberInput.whole(label, "30").within(days -> days >= 0 && days <= MAX_AGE_DAYS,
                "Between 0 and 36,500 days");
    }

}
