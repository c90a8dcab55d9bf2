package health.staffing.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import health.staffing.approvals.ApprovalService;
import health.staffing.base.AuditLog;
import health.staffing.candidates.PanelInterviews;
import health.staffing.base.ui.component.AuditTrailGrid;
import health.staffing.base.ui.component.Badge;
import health.staffing.base.ui.component.Panel;
import health.staffing.orgchart.OrgChartCounts;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.requisitions.JobBoardService;
import health.staffing.requisitions.RequisitionFilter;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Home: a greeting with the person's position and roles, the organisation in numbers, the
 * leadership vacancies, and — for HR and administrators — the latest recorded changes.
 */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
class HomeView extends Main {

    private static final Set<String> SEES_ACTIVITY = Set.of(AppRoles.RECRUITER, AppRoles.ADMIN);
    private static final Set<String> DECIDES = Set.of(AppRoles.CMO_OFFICE, AppRoles.FINANCE);
    private static final Set<String> WORKS_REQUISITIONS = Set.of(AppRoles.RECRUITER, AppRoles.ADMIN,
            AppRoles.HIRING_MANAGER);

    HomeView(OrgChartService orgChart, EmployeeService employees, UserAccountService accounts, AuditLog auditLog,
            RequisitionService requisitions, JobBoardService jobs, ApprovalService approvals, PanelInterviews interviews,
            Clock clock) {
        addClassNames("home-view", "page");
        String username = CurrentUser.username();
        Optional<UserSummary> account = accounts.findByUsername(username);
        Optional<EmployeeSummary> employee = account.map(UserSummary::employeeId).flatMap(employees::findById);
        Optional<PositionSummary> position = employee.map(EmployeeSummary::id).flatMap(orgChart::positionHeldBy);

        add(greeting(clock, account, employee, position));
        add(workQueue(requisitions, jobs, approvals));
        List<PanelInterviews.Upcoming> myInterviews = interviews.upcomingOnMyPanels();
        if (!myInterviews.isEmpty()) {
            add(myInterviews(myInterviews));
        }
        add(stats(orgChart.counts(), employees.count()));

        Div columns = new Div(vacancies(orgChart));
        columns.addClassName("home-columns");
        if (CurrentUser.roles().stream().anyMatch(SEES_ACTIVITY::contains)) {
            columns.add(recentActivity(auditLog));
        }
        add(columns);
    }

    private static Component greeting(Clock clock, Optional<UserSummary> account, Optional<EmployeeSummary> employee,
            Optional<PositionSummary> position) {
        String name = employee.map(EmployeeSummary::givenName)
                .orElse(account.map(UserSummary::displayName).orElse(CurrentUser.username()));
        H2 hello = new H2(partOfDay(LocalTime.now(clock)) + ", " + name);
        hello.setId("greeting");
        Paragraph where = new Paragraph(position
                .map(p -> p.title() + " · " + p.organisationName())
                .orElse("No position on record"));
        where.addClassName("greeting-position");
        Div roles = new Div();
        roles.addClassName("role-badges");
        roles.setId("role-badges");
        CurrentUser.roles().stream().sorted().forEach(role -> roles.add(new Badge(AppRoles.label(role))));
        Div card = new Div(hello, where, roles);
        card.addClassName("greeting-card");
        return card;
    }

    /**
     * What waits for this person, each card a link to the filtered list: decisions for approvers,
     * requisitions by stage for HR and hiring managers (their own only), open roles for everyone.
     */
    private static Component workQueue(RequisitionService requisitions, JobBoardService jobs,
            ApprovalService approvals) {
        Div queue = new Div();
        queue.addClassNames("stats", "work-queue");
        queue.setId("work-queue");
        long decisions = approvals.inboxCount();
        if (decisions > 0 || CurrentUser.roles().stream().anyMatch(DECIDES::contains)) {
            queue.add(link("queue-decisions", VaadinIcon.CHECK_SQUARE_O, decisions, "Decisions waiting for you",
                    "approvals"));
        }
        if (CurrentUser.roles().stream().anyMatch(WORKS_REQUISITIONS::contains)) {
            queue.add(link("queue-pending", VaadinIcon.HOURGLASS, count(requisitions, RequisitionStatus.PENDING_APPROVAL),
                    "Requisitions in approval", "requisitions?status=PENDING_APPROVAL"));
            queue.add(link("queue-to-post", VaadinIcon.EDIT, count(requisitions, RequisitionStatus.APPROVED,
                    RequisitionStatus.CHANGES_REQUESTED), "To post or to revise",
                    "requisitions?status=APPROVED,CHANGES_REQUESTED"));
        }
        queue.add(link("queue-jobs", VaadinIcon.BRIEFCASE, jobs.countLivePostings(), "Open leadership roles", "jobs"));
        return queue;
    }

    private static long count(RequisitionService requisitions, RequisitionStatus... statuses) {
        return requisitions.count(RequisitionFilter.inStatus(statuses));
    }

    private static Component link(String id, VaadinIcon icon, long value, String label, String href) {
        Anchor card = new Anchor(href);
        card.add(stat(id, icon, value, label));
        card.addClassName("stat-link");
        return card;
    }

    static String partOfDay(LocalTime time) {
        if (time.isBefore(LocalTime.NOON)) {
            return "Good morning";
        }
        return time.isBefore(LocalTime.of(18, 0)) ? "Good afternoon" : "Good evening";
    }

    private static Component stats(OrgChartCounts counts, long employeeCount) {
        Div stats = new Div(
                stat("stat-organisations", VaadinIcon.INSTITUTION, counts.organisations(), "Organisations"),
                stat("stat-positions", VaadinIcon.SITEMAP, counts.positions(), "Leadership positions"),
                stat("stat-vacancies", VaadinIcon.USER_CLOCK, counts.vacancies(), "Vacant positions"),
                stat("stat-employees", VaadinIcon.USERS, employeeCount, "Caregivers on record"));
        stats.addClassName("stats");
        return stats;
    }

    private static Component stat(String id, VaadinIcon icon, long value, String label) {
        Span number = new Span(String.format("%,d", value));
        number.addClassName("stat-value");
        Span caption = new Span(label);
        caption.addClassName("stat-label");
        Div card = new Div(icon.create(), number, caption);
        card.addClassName("stat-card");
        card.setId(id);
        return card;
    }

    private static Component vacancies(OrgChartService orgChart) {
        Grid<PositionSummary> grid = new Grid<>();
        grid.setId("vacancies");
        grid.addColumn(PositionSummary::title).setHeader("Position").setFlexGrow(3);
        grid.addColumn(PositionSummary::organisationName).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(PositionSummary::location).setHeader("Location").setFlexGrow(1);
        grid.addColumn(PositionSummary::department).setHeader("Department").setFlexGrow(2);
        grid.addColumn(p -> p.fte() + " FTE · " + p.adminFte() + " admin").setHeader("FTE").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> orgChart.vacancies(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.setHeight("22rem");
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui ->
                ui.navigate("org-chart", QueryParameters.of("position", click.getItem().code()))));
        return Panel.described("Leadership vacancies",
                "Seats in the org chart without an incumbent today. Select one to see it in the org chart.", grid);
    }

    /** The interviews this person sits on the panel of, soonest first; each opens its scorecard (the kit). */
    private static Component myInterviews(List<PanelInterviews.Upcoming> interviews) {
        Grid<PanelInterviews.Upcoming> grid = new Grid<>();
        grid.setId("my-interviews");
        grid.addColumn(PanelInterviews.Upcoming::when).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PanelInterviews.Upcoming::candidateName).setHeader("Candidate").setFlexGrow(2);
        grid.addColumn(i -> i.title() + " (" + i.reference() + ")").setHeader("Role").setFlexGrow(3);
        grid.addColumn(PanelInterviews.Upcoming::where).setHeader("Where").setFlexGrow(2);
        grid.setItems(interviews);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui ->
                ui.navigate("reviews/" + click.getItem().applicationId())));
        Panel panel = Panel.described("My interviews", "Interviews you sit on the panel of. Select one to open its"
                + " scorecard: the requisition's criteria and the posting.", grid);
        panel.addClassName("home-interviews");
        return panel;
    }

    private static Component recentActivity(AuditLog auditLog) {
        AuditTrailGrid grid = new AuditTrailGrid(auditLog, false);
        grid.setId("recent-activity");
        grid.setHeight("22rem");
        return Panel.described("Recent activity", "Every change in the portal is recorded: who, what, when."
                + (CurrentUser.isHr() ? " Candidate events show only where you may read the candidates."
                        : " Candidate events are HR's and are not listed here."), grid);
    }
}
