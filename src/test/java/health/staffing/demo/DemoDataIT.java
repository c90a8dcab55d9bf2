package health.staffing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.DatabaseTest;
import health.staffing.orgchart.OrgChartCounts;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.people.EmployeeService;
import health.staffing.security.AppRoles;
import health.staffing.security.SystemActor;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class DemoDataIT {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    OrgChartService orgChart;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserAccountService accounts;

    @Test
    void there_is_one_demo_sign_in_per_role_and_each_is_a_caregiver_with_an_employee_record() {
        Map<String, String> roleOf = Map.of("caregiver", AppRoles.CAREGIVER, "manager", AppRoles.HIRING_MANAGER,
                "recruiter", AppRoles.RECRUITER, "cmo", AppRoles.CMO_OFFICE, "finance", AppRoles.FINANCE,
                "admin", AppRoles.ADMIN);

        SystemActor.run(() -> roleOf.forEach((username, role) -> {
            UserSummary account = accounts.findByUsername(username).orElseThrow();
            assertThat(account.roles()).as(username).contains(role, AppRoles.CAREGIVER);
            assertThat(employees.findById(account.employeeId())).as(username).isPresent();
        }));
    }

    @Test
    void the_dotted_line_partner_in_the_second_organisation_has_an_account_so_she_can_be_consulted() {
        SystemActor.run(() -> {
            PositionSummary partner = orgChart.findByCode("MPH-VP-CS").orElseThrow();
            assertThat(partner.incumbentName()).isEqualTo("Monica Reyes, RN, MSN");
            UserSummary account = accounts.findByEmployeeId(partner.incumbentEmployeeId()).orElseThrow();
            assertThat(account.username()).isEqualTo("vpclinical");
            assertThat(account.enabled()).isTrue();
        });
    }

    @Test
    void the_seed_postings_reporting_lines_are_in_the_chart() {
        SystemActor.run(() -> {
            PositionSummary director = orgChart.findByCode("MGB-MD-PCQ").orElseThrow();
            assertThat(director.title()).isEqualTo("Medical Director for Primary Care Quality");
            assertThat(director.vacant()).isTrue();
            assertThat(director.adminFte()).isEqualByComparingTo("0.50");
            assertThat(orgChart.dottedLinesOf(director.id(), null)).singleElement()
                    .satisfies(line -> assertThat(line.partner().title())
                            .isEqualTo("Associate Chief Population Health Officer"));

            PositionSummary umDirector = orgChart.findByCode("MPH-SDMD-UM").orElseThrow();
            assertThat(orgChart.managerOf(umDirector.id(), null)).map(PositionSummary::title).contains("Chief Medical Officer");
            assertThat(orgChart.dottedLinesOf(umDirector.id(), null)).extracting(l -> l.partner().title())
                    .containsExactly("VP of Clinical Services");

            PositionSummary executive = orgChart.findByCode("MH-ED-MG").orElseThrow();
            assertThat(orgChart.directReports(executive.id(), null)).extracting(PositionSummary::title)
                    .contains("Director of Operations, Medical Group", "Medical Director, Medical Group");

            PositionSummary retiring = orgChart.findByCode("MH-MG-MD").orElseThrow();
            assertThat(retiring.retirementRisk()).isTrue();
            assertThat(orgChart.details(retiring.id(), null).successors()).extracting(s -> s.name())
                    .containsExactly("Elise Durand, MD");

            assertThat(orgChart.findByCode("CMG-SMD-CMM")).map(PositionSummary::organisationName)
                    .contains("UMass Memorial Health – Community Medical Group");
        });
    }

    @Test
    void loading_again_changes_nothing() {
        OrgChartCounts before = SystemActor.call(orgChart::counts);
        long employeesBefore = SystemActor.call(employees::count);

        loader.run(null);

        assertThat(SystemActor.call(orgChart::counts)).isEqualTo(before);
        assertThat(SystemActor.call(employees::count)).isEqualTo(employeesBefore);
    }
}
