package health.staffing.demo;

import health.staffing.base.ClusterLock;
import health.staffing.jobalerts.SavedSearchService;
import health.staffing.orgchart.IncumbencyService;
import health.staffing.orgchart.NewOrganisation;
import health.staffing.orgchart.NewPosition;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.OrgStructureService;
import health.staffing.orgchart.SuccessionCandidate;
import health.staffing.people.EmployeeService;
import health.staffing.people.NewEmployee;
import health.staffing.requisitions.AlertFrequency;
import health.staffing.requisitions.JobSearch;
import health.staffing.security.AppRoles;
import health.staffing.security.SystemActor;
import health.staffing.security.UserAccountService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo organisation once: the reporting structures the five seed postings describe,
 * their people, and a sign-in per role. Idempotent: a database that already has the demo
 * administrator is left alone, and the whole load is one transaction, so a failed start leaves
 * nothing half-loaded.
 */
@Component
@Profile("demo")
@Order(1)
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "leadership-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final LocalDate SINCE = LocalDate.of(2025, 7, 1);

    private final OrgChartService orgChart;
    private final OrgStructureService structure;
    private final IncumbencyService incumbency;
    private final EmployeeService employees;
    private final UserAccountService accounts;
    private final ClusterLock lock;
    private final DemoRequisitions requisitions;
    private final DemoApplications applications;
    private final DemoLoadQueue loadQueue;
    private final SavedSearchService savedSearches;
    /** Positions sit where their organisation is headquartered unless the seed says otherwise. */
    private final Map<String, String[]> locations = new HashMap<>();

    DemoDataLoader(OrgChartService orgChart, OrgStructureService structure, IncumbencyService incumbency,
            EmployeeService employees, UserAccountService accounts, ClusterLock lock,
            DemoRequisitions requisitions, DemoApplications applications, DemoLoadQueue loadQueue,
            SavedSearchService savedSearches) {
        this.loadQueue = loadQueue;
        this.savedSearches = savedSearches;
        this.structure = structure;
        this.incumbency = incumbency;
        this.requisitions = requisitions;
        this.applications = applications;
        this.orgChart = orgChart;
        this.employees = employees;
        this.accounts = accounts;
        this.lock = lock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Instances starting together on one database take turns; the second finds the data loaded.
        SystemActor.run(() -> lock.run("demo-data", () -> {
            if (accounts.exists("admin")) {
                log.info("Demo data already present; nothing loaded");
                return;
            }
            load();
            log.info("Demo data loaded: {} organisations, {} positions", orgChart.counts().organisations(),
                    orgChart.counts().positions());
        }));
    }

    private void load() {
        massGeneralBrigham();
        umassMemorial();
        middlesexHealth();
        metroPlusHealth();
        requisitions.load();
        applications.load();
        loadQueue.load();
        // Priya watches for physician leadership roles around Worcester (her saved-searches page has one).
        DemoActors.as("reviewer", () -> savedSearches.save("Physician leadership near Worcester",
                JobSearch.ALL.near("Worcester, MA", 50).withCategory("Physician Leadership"), AlertFrequency.DAILY));
    }

    /** Seed 002: the Medical Director for Primary Care Quality, with its dotted line to population health. */
    private void massGeneralBrigham() {
        organisation("MGB", "Mass General Brigham (Enterprise Services)", "Somerville", "MA");
        position("MGB-CEO", "President and Chief Executive Officer", "MGB", "Executive Office", null, "1.00", "1.00",
                person("100001", "Richard", "Hale", "MD", "Somerville, MA"));
        long cmo = person("100002", "Elena", "Marsh", "MD, MPH", "Somerville, MA");
        position("MGB-CMO", "Chief Medical Officer", "MGB", "Office of the Chief Medical Officer (OCMO)", "MGB-CEO",
                "1.00", "1.00", cmo);
        long acmo = person("100003", "Maya", "Okafor", "MD", "Somerville, MA");
        position("MGB-ACMO-PC", "Assistant Chief Medical Officer for Primary Care", "MGB", "Primary Care", "MGB-CMO",
                "1.00", "0.80", acmo);
        position("MGB-CPHO", "Chief Population Health Officer", "MGB", "Population Health Services Organization (PHSO)",
                "MGB-CEO", "1.00", "1.00", person("100004", "Thomas", "Breyer", "MD, MBA", "Somerville, MA"));
        long populationHealth = person("100005", "Anita", "Shah", "MD, MPH", "Somerville, MA");
        position("MGB-ACPHO", "Associate Chief Population Health Officer", "MGB",
                "Population Health Services Organization (PHSO)", "MGB-CPHO", "1.00", "0.90", populationHealth);
        position("MGB-MD-PCQ", "Medical Director for Primary Care Quality", "MGB", "Primary Care", "MGB-ACMO-PC",
                "1.00", "0.50", null);
        structure.addDottedLine("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), "MGB-ACPHO", "population health", SINCE);
        long regionalMedicalDirector = person("100006", "Gregory", "Lin", "MD", "Boston, MA");
        position("MGB-RMD-PC", "Primary Care Regional Medical Director", "MGB", "Primary Care", "MGB-ACMO-PC",
                "1.00", "0.60", regionalMedicalDirector);
        position("MGB-PMD-SOM", "Practice Medical Director, Somerville Primary Care", "MGB", "Primary Care",
                "MGB-RMD-PC", "1.00", "0.30", person("100007", "Fatima", "Haddad", "DO", "Somerville, MA"));
        // Seed 002: the quality director works through the practice medical directors of ~40 practices.
        String[][] practices = {{"REV", "Revere", "Nadia", "Costa"}, {"CHE", "Chelsea", "Rania", "Haddad"},
            {"EVE", "Everett", "Lucia", "Moreno"}, {"CHA", "Charlestown", "Peter", "Walsh"},
            {"MAL", "Malden", "Grace", "Liu"}, {"MED", "Medford", "Samuel", "Adeyemi"},
            {"CAM", "Cambridge", "Hannah", "Berg"}, {"BRO", "Brookline", "Daniel", "Kaplan"}};
        int number = 100020;
        for (String[] practice : practices) {
            position("MGB-PMD-" + practice[0], "Practice Medical Director, " + practice[1] + " Primary Care", "MGB",
                    "Primary Care", "MGB-RMD-PC", "1.00", "0.30",
                    person(String.valueOf(number++), practice[2], practice[3], "MD", practice[1] + ", MA"));
        }
        long caregiver = person("100008", "Jordan", "Ellis", "MD", "Somerville, MA");
        position("MGB-PCP-SOM-1", "Primary Care Physician", "MGB", "Primary Care", "MGB-PMD-SOM", "1.00", "0.00", caregiver);
        position("MGB-CFO", "Chief Financial Officer", "MGB", "Finance", "MGB-CEO", "1.00", "1.00",
                person("100009", "Laura", "Bennett", "CPA", "Somerville, MA"));
        long finance = person("100010", "Chris", "Donnelly", "MBA", "Somerville, MA");
        position("MGB-FIN-PLAN", "Director of Financial Planning and Analysis", "MGB", "Finance", "MGB-CFO",
                "1.00", "1.00", finance);
        position("MGB-CHRO", "Chief Human Resources Officer", "MGB", "Human Resources", "MGB-CEO", "1.00", "1.00",
                person("100011", "Denise", "Moreau", "SPHR", "Somerville, MA"));
        long recruiter = person("100012", "Sam", "Patel", null, "Somerville, MA");
        position("MGB-TA-PHYS", "Senior Recruiter, Physician and Leadership Recruitment", "MGB",
                "Human Resources · Talent Acquisition", "MGB-CHRO", "1.00", "1.00", recruiter);
        long admin = person("100013", "Alex", "Rivera", null, "Somerville, MA");
        position("MGB-HRIS", "Manager, HR Information Systems", "MGB", "Human Resources", "MGB-CHRO", "1.00", "1.00", admin);
        // A second recruiter: HR can hand a requisition to her when Sam wants to apply to it.
        long talent = person("100014", "Dana", "Brooks", "SHRM-CP", "Somerville, MA");
        position("MGB-TA-DIR", "Director, Talent Acquisition", "MGB", "Human Resources · Talent Acquisition",
                "MGB-CHRO", "1.00", "1.00", talent);
        // Sits in the CMO office and hires too: sees every requisition, but only his own requisitions' candidates.
        long deputy = person("100015", "Daniel", "Cho", "MD, MBA", "Somerville, MA");
        position("MGB-DCMO", "Deputy Chief Medical Officer", "MGB", "Office of the Chief Medical Officer (OCMO)",
                "MGB-CMO", "1.00", "0.90", deputy);

        account("caregiver", "Jordan Ellis", caregiver, List.of(AppRoles.CAREGIVER));
        account("manager", "Maya Okafor", acmo, List.of(AppRoles.HIRING_MANAGER));
        account("recruiter", "Sam Patel", recruiter, List.of(AppRoles.RECRUITER));
        account("cmo", "Elena Marsh", cmo, List.of(AppRoles.CMO_OFFICE));
        account("finance", "Chris Donnelly", finance, List.of(AppRoles.FINANCE));
        account("admin", "Alex Rivera", admin, List.of(AppRoles.ADMIN));
        // Seed 002's dotted-line partner, so the quality director's requisition has a person to consult.
        account("pophealth", "Anita Shah", populationHealth, List.of(AppRoles.CAREGIVER));
        account("talent", "Dana Brooks", talent, List.of(AppRoles.RECRUITER));
        account("deputycmo", "Daniel Cho", deputy, List.of(AppRoles.CMO_OFFICE, AppRoles.HIRING_MANAGER));
        // Reports (solid line) to Maya Okafor and applies to her quality director requisition (seed 002).
        account("regionalmd", "Gregory Lin", regionalMedicalDirector, List.of(AppRoles.CAREGIVER));
    }

    /** Seeds 000 and 001: the Community Medical Group's medical management leadership. */
    private void umassMemorial() {
        organisation("UMMH-CMG", "UMass Memorial Health – Community Medical Group", "Worcester", "MA");
        position("CMG-PRES", "President, Community Medical Group", "UMMH-CMG", "Community Medical Group (CMG)", null,
                "1.00", "1.00", person("200001", "Margaret", "Oyelaran", "MD, MBA", "Worcester, MA"));
        position("CMG-SMD-CMM", "Sr. Medical Director, CMG, Chief of Medical Management", "UMMH-CMG",
                "Community Medical Group (CMG)", "CMG-PRES", "1.00", "0.80", null);
        position("CMG-SMD-VBC", "Senior Medical Director, Value-Based Care", "UMMH-CMG", "Community Medical Group (CMG)",
                "CMG-PRES", "1.00", "0.60", null);
        position("CMG-DIR-PREC", "Director, Provider Recruitment", "UMMH-CMG", "Human Resources", "CMG-PRES",
                "1.00", "1.00", person("200002", "Kevin", "Brault", null, "Worcester, MA"));
        position("CMG-DIR-OPS", "Director of Operations, CMG", "UMMH-CMG", "Community Medical Group (CMG)", "CMG-PRES",
                "1.00", "1.00", person("200003", "Renee", "Castillo", "MHA", "Worcester, MA"));
        structure.addDottedLine("CMG-DIR-PREC", orgChart.versionOf("CMG-DIR-PREC"), "CMG-SMD-CMM",
                "provider recruitment", SINCE);
        // A physician who sits on hiring committees: scores the candidates assigned to them (/reviews).
        long reviewer = person("200004", "Priya", "Raman", "MD", "Worcester, MA");
        position("CMG-PCP-WOR-1", "Primary Care Physician, Worcester", "UMMH-CMG", "Community Medical Group (CMG)",
                "CMG-PRES", "1.00", "0.10", reviewer);
        account("reviewer", "Priya Raman", reviewer, List.of(AppRoles.CAREGIVER));
    }

    /** Seed 003: the Executive Director works through operations, medical and regional leaders. */
    private void middlesexHealth() {
        organisation("MH", "Middlesex Health", "Middletown", "CT");
        position("MH-CEO", "President and Chief Executive Officer", "MH", "Executive Office", null, "1.00", "1.00",
                person("300001", "Victor", "Amato", null, "Middletown, CT"));
        position("MH-CMO", "Chief Medical Officer", "MH", "Medical Affairs", "MH-CEO", "1.00", "0.90",
                person("300002", "Helen", "Kowalski", "MD", "Middletown, CT"));
        position("MH-COO", "Chief Operating Officer", "MH", "Operations", "MH-CEO", "1.00", "1.00",
                person("300003", "Brian", "Tierney", "MBA", "Middletown, CT"));
        position("MH-ED-MG", "Executive Director, Middlesex Medical Group", "MH", "Middlesex Health Medical Group",
                "MH-COO", "1.00", "1.00", null);
        structure.addDottedLine("MH-ED-MG", orgChart.versionOf("MH-ED-MG"), "MH-CMO", "clinical collaboration", SINCE);
        position("MH-MG-DIROPS", "Director of Operations, Medical Group", "MH", "Middlesex Health Medical Group",
                "MH-ED-MG", "1.00", "1.00", person("300004", "Carla", "Mendes", null, "Middletown, CT"));
        position("MH-MG-MD", "Medical Director, Medical Group", "MH", "Middlesex Health Medical Group", "MH-ED-MG",
                "1.00", "0.40", person("300005", "Paul", "Nakamura", "MD", "Middletown, CT"));
        // The medical group is led by a dyad: its medical director and its director of operations, as peers.
        structure.pairAsDyad("MH-MG-MD", orgChart.versionOf("MH-MG-MD"), "MH-MG-DIROPS", "medical group dyad", SINCE);
        position("MH-MG-ROM-E", "Regional Operations Manager, East", "MH", "Middlesex Health Medical Group",
                "MH-MG-DIROPS", "1.00", "1.00", person("300006", "Diane", "Russo", null, "Essex, CT"));
        position("MH-MG-ROM-W", "Regional Operations Manager, West", "MH", "Middlesex Health Medical Group",
                "MH-MG-DIROPS", "1.00", "1.00", null);
        long successor = person("300007", "Elise", "Durand", "MD", "Middletown, CT");
        position("MH-MG-PCP-1", "Primary Care Physician, Middletown", "MH", "Middlesex Health Medical Group", "MH-MG-MD",
                "1.00", "0.00", successor);
        incumbency.planSuccession("MH-MG-MD", orgChart.versionOf("MH-MG-MD"), true,
                "Long-serving medical director expected to retire; succession plan needed for provider retirements.",
                List.of(new SuccessionCandidate(successor, SuccessionCandidate.Readiness.READY_1_2_YEARS)));
    }

    /** Seed 004: accountable to the CMO, working with the VP of Clinical Services. */
    private void metroPlusHealth() {
        organisation("MPH", "MetroPlusHealth", "New York", "NY");
        position("MPH-CEO", "President and Chief Executive Officer", "MPH", "Executive Office", null, "1.00", "1.00",
                person("400001", "Sandra", "Ocasio", null, "New York, NY"));
        position("MPH-CMO", "Chief Medical Officer", "MPH", "Medical Management", "MPH-CEO", "1.00", "1.00",
                person("400002", "David", "Feld", "MD", "New York, NY"));
        long vpClinical = person("400003", "Monica", "Reyes", "RN, MSN", "New York, NY");
        position("MPH-VP-CS", "VP of Clinical Services", "MPH", "Clinical Services", "MPH-CMO", "1.00", "1.00",
                vpClinical);
        // Outside MGB, with an account: a requisition for the senior director's seat consults her (dotted line).
        account("vpclinical", "Monica Reyes", vpClinical, List.of(AppRoles.CAREGIVER));
        position("MPH-SDMD-UM", "Senior Director of Medical Directors", "MPH", "UTILIZATION MANAGEMENT", "MPH-CMO",
                "1.00", "1.00", null);
        structure.addDottedLine("MPH-SDMD-UM", orgChart.versionOf("MPH-SDMD-UM"), "MPH-VP-CS", "UM operations", SINCE);
        position("MPH-MD-UM-1", "Medical Director, Utilization Management", "MPH", "UTILIZATION MANAGEMENT",
                "MPH-SDMD-UM", "1.00", "0.80", person("400004", "Ahmed", "Karim", "MD", "New York, NY"));
        position("MPH-MD-UM-2", "Medical Director, Utilization Management", "MPH", "UTILIZATION MANAGEMENT",
                "MPH-SDMD-UM", "1.00", "0.80", person("400005", "Grace", "Whitaker", "DO", "New York, NY"));
    }

    private void organisation(String code, String name, String city, String state) {
        structure.createOrganisation(new NewOrganisation(code, name, city, state));
        locations.put(code, new String[] {city, state});
    }

    private long person(String number, String given, String family, @Nullable String postNominals, String location) {
        String email = (given + "." + family).toLowerCase().replaceAll("[^a-z.]", "") + "@staffing.example.org";
        return employees.create(new NewEmployee(number, given, family, postNominals, email, location,
                LocalDate.of(2015, 1, 5))).id();
    }

    private void position(String code, String title, String organisation, String department,
            @Nullable String manager, String fte, String adminFte, @Nullable Long incumbent) {
        String[] location = Objects.requireNonNull(locations.get(organisation), "organisations are created first");
        structure.createPosition(new NewPosition(code, title, organisation, department, location[0], location[1],
                new BigDecimal(fte), new BigDecimal(adminFte), manager, incumbent, SINCE));
    }

    private void account(String username, String displayName, long employeeId, List<String> roles) {
        accounts.createAccount(username, DEMO_PASSWORD, displayName, employeeId, roles);
    }
}
