package health.staffing.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import health.staffing.base.Dates;
import health.staffing.directory.HrImportReport;
import health.staffing.directory.HrImportService;
import health.staffing.people.DirectoryEntry;
import health.staffing.people.EmployeeDirectory;
import health.staffing.people.HrEmployee;
import health.staffing.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * The employee directory as HR sees it: everyone the HR system sent, searched by name, number or email,
 * lazily (100,000 people), with each one's status; and the import of the HR system's nightly file.
 */
@Route("employees")
@PageTitle("Employees")
@Menu(order = 11, icon = "vaadin:group", title = "Employees")
@RolesAllowed({AppRoles.RECRUITER, AppRoles.ADMIN})
class EmployeesView extends Main {

    final TextField search = new TextField();
    final Grid<DirectoryEntry> employees = new Grid<>();
    final Button importFile = new Button("Import HR file", VaadinIcon.UPLOAD.create());
    final Button addEmployee = new Button("Add employee", VaadinIcon.PLUS.create());

    /** The application's task executor: the nightly scheduler is a task executor too, but not for page work. */
    EmployeesView(EmployeeDirectory directory, HrImportService hrImport,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        addClassNames("employees-view", "page");
        Paragraph lead = new Paragraph("The employee directory, kept in step with the HR system: its nightly file is"
                + " imported here (or provisioned by the identity service). Terminations vacate the seat and disable the"
                + " account on their day. Double-click an employee to edit them; add those the HR system does not send yet.");
        lead.addClassName("panel-description");

        search.setPlaceholder("Name, employee number or email");
        search.setAriaLabel("Search employees");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        search.addValueChangeListener(change -> employees.getDataProvider().refreshAll());
        search.setId("employee-search");

        employees.setId("employees");
        employees.addColumn(entry -> entry.employee().employeeNumber()).setHeader("Number").setWidth("8rem").setFlexGrow(0);
        employees.addColumn(EmployeesView::name).setHeader("Name").setFlexGrow(2);
        employees.addColumn(entry -> entry.employee().email()).setHeader("Email").setFlexGrow(2);
        employees.addColumn(entry -> orDash(entry.employee().workLocation())).setHeader("Work location").setFlexGrow(1);
        employees.addColumn(entry -> entry.employee().fte() == null ? "—" : entry.employee().fte().toPlainString())
                .setHeader("FTE").setWidth("5rem").setFlexGrow(0);
        employees.addColumn(EmployeesView::status).setHeader("Status").setWidth("11rem").setFlexGrow(0);
        employees.setItems(query -> directory.search(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        employees.setHeight("34rem");

        importFile.setId("import-hr-file");
        importFile.addClickListener(click -> new HrImportDialog(hrImport, executor, this::imported).open());

        addEmployee.setId("add-employee");
        addEmployee.addClickListener(click -> new EmployeeDialog(hrImport, null, this::saved).open());
        // Double-click (or Enter) on a row edits it: for the few the HR system does not send yet.
        employees.addItemDoubleClickListener(row -> new EmployeeDialog(hrImport, row.getItem(), this::saved).open());

        Div toolbar = new Div(search, addEmployee, importFile);
        toolbar.addClassName("toolbar-row");
        add(new H2("Employees"), lead, toolbar, employees);
    }

    private void saved(String name) {
        employees.getDataProvider().refreshAll();
        Notification.show(name + " saved.", 5000, Notification.Position.BOTTOM_START);
    }

    private void imported(HrImportReport report) {
        employees.getDataProvider().refreshAll();
        Notification.show("HR file imported: " + report.summary(), 8000, Notification.Position.BOTTOM_START);
    }

    private static String name(DirectoryEntry entry) {
        HrEmployee employee = entry.employee();
        String name = employee.givenName() + " " + employee.familyName();
        return employee.postNominals() == null ? name : name + ", " + employee.postNominals();
    }

    private static String status(DirectoryEntry entry) {
        LocalDate leaves = entry.employee().terminationDate();
        if (entry.terminated()) {
            return "Left " + Dates.day(leaves);
        }
        return leaves == null ? "Active" : "Leaves " + Dates.day(leaves);
    }

    private static String orDash(@Nullable String text) {
        return text == null ? "—" : text;
    }
}
