package health.staffing.orgchart;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.DatabaseTest;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.people.EmployeeService;
import health.staffing.people.NewEmployee;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Works on the demo organisation of the seeds; every test rolls back. */
@DatabaseTest
@Transactional
class OrgChartServiceIT {

    @Autowired
    OrgChartService orgChart;

    @Autowired
    OrgStructureService structure;

    @Autowired
    IncumbencyService incumbency;
    @Autowired
    EmployeeService employees;
    @Autowired
    AuditLog auditLog;

    private long id(String code) {
        return orgChart.findByCode(code).orElseThrow().id();
    }

    private static NewPosition seat(String code, String manager, LocalDate from) {
        return new NewPosition(code, "Medical Director, Behavioral Health", "MGB", "Behavioral Health", "Boston", "MA",
                new BigDecimal("1.00"), new BigDecimal("0.50"), manager, null, from);
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void seed_002_director_reports_to_the_assistant_cmo_up_to_the_ceo() {
        List<String> path = orgChart.pathToTop(id("MGB-MD-PCQ"), null).stream().map(PositionSummary::code).toList();

        assertThat(path).containsExactly("MGB-MD-PCQ", "MGB-ACMO-PC", "MGB-CMO", "MGB-CEO");
        assertThat(orgChart.managerOf(id("MGB-MD-PCQ"), null)).map(PositionSummary::title)
                .contains("Assistant Chief Medical Officer for Primary Care");
        assertThat(orgChart.managerOf(id("MGB-CEO"), null)).isEmpty();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void dotted_line_is_seen_from_both_ends_with_its_label() {
        List<DottedLine> fromDirector = orgChart.dottedLinesOf(id("MGB-MD-PCQ"), null);
        List<DottedLine> fromPopulationHealth = orgChart.dottedLinesOf(id("MGB-ACPHO"), null);

        assertThat(fromDirector).singleElement().satisfies(line -> {
            assertThat(line.partner().title()).isEqualTo("Associate Chief Population Health Officer");
            assertThat(line.label()).isEqualTo("population health");
            assertThat(line.outgoing()).isTrue();
        });
        assertThat(fromPopulationHealth).singleElement().satisfies(line -> {
            assertThat(line.partner().code()).isEqualTo("MGB-MD-PCQ");
            assertThat(line.outgoing()).isFalse();
        });
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void direct_reports_and_incumbent_names_are_resolved() {
        List<PositionSummary> reports = orgChart.directReports(id("MGB-ACMO-PC"), null);

        assertThat(reports).extracting(PositionSummary::code).containsExactlyInAnyOrder("MGB-MD-PCQ", "MGB-RMD-PC");
        assertThat(reports).filteredOn(PositionSummary::vacant).extracting(PositionSummary::code)
                .containsExactly("MGB-MD-PCQ");
        assertThat(orgChart.findByCode("MGB-RMD-PC").orElseThrow().incumbentName()).isEqualTo("Gregory Lin, MD");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void new_position_under_a_manager_is_created_and_audited() {
        PositionSummary created = structure.createPosition(seat("MGB-MD-BH", "MGB-CMO", null));

        assertThat(created.vacant()).isTrue();
        assertThat(created.clinicalFte()).isEqualByComparingTo("0.50");
        assertThat(orgChart.pathToTop(created.id(), null)).extracting(PositionSummary::code)
                .containsExactly("MGB-MD-BH", "MGB-CMO", "MGB-CEO");
        List<AuditEvent> history = auditLog.historyOf("Position", created.id(), PageRequest.of(0, 10));
        assertThat(history).hasSize(1).first().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("recruiter");
            assertThat(event.action()).isEqualTo("CREATED");
            assertThat(event.after()).contains("MGB-MD-BH", "reports to MGB-CMO");
        });
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_move_effective_on_a_future_date_shows_only_as_of_that_date() {
        LocalDate nextYear = LocalDate.now().plusYears(1);
        PositionSummary created = structure.createPosition(seat("MGB-MD-FUT", "MGB-CMO", nextYear));

        assertThat(orgChart.managerOf(created.id(), null)).isEmpty();
        assertThat(orgChart.managerOf(created.id(), nextYear)).map(PositionSummary::code).contains("MGB-CMO");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void text_longer_than_its_column_or_with_control_characters_is_refused_with_the_limit_and_nothing_changes() {
        String longTitle = "T".repeat(201);
        assertThatThrownBy(() -> structure.createPosition(new NewPosition("MGB-MD-LONG", longTitle, "MGB", "D".repeat(201),
                "C".repeat(101), "MA", BigDecimal.ONE, BigDecimal.ONE, "MGB-CMO", null, null)))
                .isInstanceOf(DomainException.class)
                .hasMessage("The title can be at most 200 characters; it has 201. The department can be at most 200"
                        + " characters; it has 201. The city can be at most 100 characters; it has 101.");
        assertThatThrownBy(() -> structure.createPosition(seat("X".repeat(41), "MGB-CMO", null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("at most 40 characters");
        // Each call reads the version afresh: inside this test's one transaction a refused change keeps its lock's increment.
        assertThatThrownBy(() -> structure.addDottedLine("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), "MGB-CMO",
                "p".repeat(101), null))
                .isInstanceOf(DomainException.class).hasMessageContaining("at most 100 characters");
        assertThatThrownBy(() -> structure.editPosition("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), new PositionEdit("Director\u0000",
                null, null, null, BigDecimal.ONE, new BigDecimal("0.5"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("invisible character (U+0000)");
        assertThatThrownBy(() -> structure.editPosition("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), new PositionEdit("Director", null, null,
                null, new BigDecimal("0.333"), BigDecimal.ZERO)))
                .isInstanceOf(DomainException.class).hasMessageContaining("two digits after the point");
        assertThatThrownBy(() -> structure.createOrganisation(new NewOrganisation("LONG", "N".repeat(201), null, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("at most 200 characters");
        assertThat(orgChart.findByCode("MGB-MD-LONG")).isEmpty();
        assertThat(orgChart.dottedLinesOf(id("MGB-MD-PCQ"), LocalDate.now())).noneMatch(line -> line.label().startsWith("ppp"));
        assertThat(orgChart.findByCode("MGB-MD-PCQ").orElseThrow().title()).isEqualTo("Medical Director for Primary Care Quality");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void an_organisation_has_only_one_top_position() {
        assertThatThrownBy(() -> structure.createPosition(seat("MGB-TOP-2", null, null)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("already has a top position");
        assertThat(orgChart.findByCode("MGB-TOP-2")).isEmpty();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void duplicate_position_code_is_refused() {
        assertThatThrownBy(() -> structure.createPosition(seat("MGB-CMO", "MGB-CEO", null)))
                .isInstanceOf(DomainException.class)
                .hasMessage("Position code MGB-CMO is already in use.");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void dotted_links_touching_the_shown_boxes_are_found_from_either_end_once_each() {
        LocalDate nextWeek = LocalDate.now().plusWeeks(1);
        structure.addDottedLine("MGB-CFO", orgChart.versionOf("MGB-CFO"), "MGB-CMO", "finance partnership", nextWeek);
        long director = id("MGB-MD-PCQ");
        long populationHealth = id("MGB-ACPHO");
        DottedLink seed = new DottedLink(director, populationHealth, "population health");
        DottedLink finance = new DottedLink(id("MGB-CFO"), id("MGB-CMO"), "finance partnership");

        assertThat(orgChart.dottedLinksTouching(List.of(director), null)).containsExactly(seed);
        assertThat(orgChart.dottedLinksTouching(List.of(populationHealth), null)).containsExactly(seed);
        assertThat(orgChart.dottedLinksTouching(List.of(director, populationHealth, id("MGB-CMO")), null))
                .containsExactly(seed);
        assertThat(orgChart.dottedLinksTouching(List.of(director, populationHealth, id("MGB-CMO")), nextWeek))
                .containsExactly(finance, seed);
        assertThat(orgChart.dottedLinksTouching(List.of(id("MGB-CEO")), nextWeek)).isEmpty();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_dotted_line_cannot_duplicate_the_solid_line_or_itself() {
        assertThatThrownBy(() -> structure.addDottedLine("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), "MGB-ACMO-PC", "quality oversight", null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("already the solid-line manager");
        assertThatThrownBy(() -> structure.addDottedLine("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), "MGB-ACPHO", "again", null))
                .hasMessageContaining("already has a dotted line");
        assertThatThrownBy(() -> structure.addDottedLine("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), "MGB-MD-PCQ", "self", null))
                .hasMessage("A position cannot report to itself.");
        assertThatThrownBy(() -> structure.addDottedLine("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), "MGB-CFO", " ", null))
                .hasMessageContaining("Name the dotted line");
        assertThat(orgChart.dottedLinesOf(id("MGB-MD-PCQ"), null)).hasSize(1);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void an_employee_holds_one_position_at_a_time() {
        long gregory = orgChart.findByCode("MGB-RMD-PC").orElseThrow().incumbentEmployeeId();

        assertThatThrownBy(() -> incumbency.assignIncumbent("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), gregory, null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("already holds Primary Care Regional Medical Director");
        assertThat(orgChart.findByCode("MGB-MD-PCQ").orElseThrow().vacant()).isTrue();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void filling_a_vacancy_takes_it_off_the_vacancy_count() {
        long before = orgChart.counts().vacancies();
        long newcomer = employees.create(new NewEmployee("900001", "Ines", "Calder", "MD", "ines.calder@example.org",
                "Somerville, MA", LocalDate.of(2026, 11, 2))).id();

        incumbency.assignIncumbent("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), newcomer, null);

        assertThat(orgChart.counts().vacancies()).isEqualTo(before - 1);
        assertThat(orgChart.positionHeldBy(newcomer)).map(PositionSummary::incumbentName).contains("Ines Calder, MD");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_may_read_but_not_change_the_chart() {
        assertThat(orgChart.counts().positions()).isPositive();
        assertThatThrownBy(() -> structure.createPosition(seat("MGB-X", "MGB-CMO", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> structure.addDottedLine("MGB-CFO", orgChart.versionOf("MGB-CFO"), "MGB-CMO", "finance", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_reads_the_chart_without_signing_in() {
        assertThatThrownBy(() -> orgChart.counts()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_move_takes_effect_on_its_day_and_the_old_line_stays_in_history() {
        LocalDate today = LocalDate.now();
        LocalDate nextMonth = today.plusMonths(1);

        structure.movePosition("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), "MGB-CMO", nextMonth);

        assertThat(orgChart.managerOf(id("MGB-MD-PCQ"), today)).map(PositionSummary::code).contains("MGB-ACMO-PC");
        assertThat(orgChart.managerOf(id("MGB-MD-PCQ"), nextMonth)).map(PositionSummary::code).contains("MGB-CMO");
        assertThat(orgChart.directReports(id("MGB-ACMO-PC"), nextMonth)).extracting(PositionSummary::code)
                .doesNotContain("MGB-MD-PCQ");
        assertThat(auditLog.historyOf("Position", id("MGB-MD-PCQ"), PageRequest.of(0, 1)).getFirst().before())
                .isEqualTo("reports to MGB-ACMO-PC");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_position_cannot_move_under_itself_or_its_own_descendant() {
        assertThatThrownBy(() -> structure.movePosition("MGB-CMO", orgChart.versionOf("MGB-CMO"), "MGB-CMO", null))
                .hasMessage("A position cannot report to itself.");
        assertThatThrownBy(() -> structure.movePosition("MGB-CMO", orgChart.versionOf("MGB-CMO"), "MGB-MD-PCQ", null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("would make a circle");
        assertThat(orgChart.managerOf(id("MGB-CMO"), null)).map(PositionSummary::code).contains("MGB-CEO");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void moving_onto_a_dotted_line_partner_asks_to_remove_the_dotted_line_first() {
        assertThatThrownBy(() -> structure.movePosition("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), "MGB-ACPHO", null))
                .hasMessageContaining("remove it before making that the solid line");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_position_with_reports_cannot_retire_until_they_are_moved() {
        assertThatThrownBy(() -> structure.retirePosition("MH-ED-MG", orgChart.versionOf("MH-ED-MG"), null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("still has 2 reports");
        assertThat(orgChart.findByCode("MH-ED-MG")).isPresent();

        LocalDate tomorrow = LocalDate.now().plusDays(1);
        structure.movePosition("MH-MG-DIROPS", orgChart.versionOf("MH-MG-DIROPS"), "MH-COO", tomorrow);
        structure.movePosition("MH-MG-MD", orgChart.versionOf("MH-MG-MD"), "MH-CMO", tomorrow);
        structure.retirePosition("MH-ED-MG", orgChart.versionOf("MH-ED-MG"), tomorrow);

        assertThat(orgChart.directReports(id("MH-COO"), tomorrow)).extracting(PositionSummary::code)
                .contains("MH-MG-DIROPS").doesNotContain("MH-ED-MG");
        assertThat(orgChart.dottedLinesOf(id("MH-CMO"), tomorrow)).isEmpty();
        assertThat(orgChart.directReports(id("MH-COO"), null)).extracting(PositionSummary::code).contains("MH-ED-MG");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void removing_a_dotted_line_ends_it_on_the_day() {
        LocalDate nextWeek = LocalDate.now().plusWeeks(1);

        structure.removeDottedLine("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), "MGB-ACPHO", nextWeek);

        assertThat(orgChart.dottedLinesOf(id("MGB-MD-PCQ"), null)).hasSize(1);
        assertThat(orgChart.dottedLinesOf(id("MGB-MD-PCQ"), nextWeek)).isEmpty();
        assertThatThrownBy(() -> structure.removeDottedLine("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), "MGB-CFO", null))
                .hasMessageContaining("has no dotted line");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void vacating_and_reassigning_are_dated() {
        LocalDate nextMonth = LocalDate.now().plusMonths(1);
        long gregory = orgChart.findByCode("MGB-RMD-PC").orElseThrow().incumbentEmployeeId();

        incumbency.vacate("MGB-RMD-PC", orgChart.versionOf("MGB-RMD-PC"), nextMonth);
        incumbency.assignIncumbent("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), gregory, nextMonth);

        assertThat(orgChart.findByCode("MGB-RMD-PC").orElseThrow().vacant()).isFalse();
        assertThat(orgChart.findByCode("MGB-RMD-PC", nextMonth).orElseThrow().vacant()).isTrue();
        assertThat(orgChart.findByCode("MGB-MD-PCQ", nextMonth).orElseThrow().incumbentName()).isEqualTo("Gregory Lin, MD");
        assertThatThrownBy(() -> incumbency.vacate("CMG-SMD-CMM", orgChart.versionOf("CMG-SMD-CMM"), null)).hasMessageContaining("already vacant");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_stale_edit_is_refused_and_a_fresh_one_is_audited() {
        PositionDetails seen = orgChart.details(id("MGB-MD-PCQ"), null);
        PositionEdit edit = new PositionEdit("Medical Director for Primary Care Quality", "Primary Care", "Somerville",
                "MA", new BigDecimal("0.80"), new BigDecimal("0.50"));

        structure.editPosition("MGB-MD-PCQ", seen.version(), edit);

        assertThat(orgChart.findByCode("MGB-MD-PCQ").orElseThrow().fte()).isEqualByComparingTo("0.80");
        assertThatThrownBy(() -> structure.editPosition("MGB-MD-PCQ", seen.version(), edit))
                .hasMessageContaining("changed by someone else");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void every_change_to_a_seat_seen_before_someone_elses_change_is_refused() {
        long gregory = orgChart.findByCode("MGB-RMD-PC").orElseThrow().incumbentEmployeeId();
        long seen = orgChart.versionOf("MGB-MD-PCQ");
        // Someone else changes the seat after it was read: every change made from the old version is refused.
        incumbency.planSuccession("MGB-MD-PCQ", seen, true, "Interim cover until the new director starts", List.of());
        String stale = "Medical Director for Primary Care Quality was changed by someone else. Reload it and try again.";
        List<Runnable> changes = List.of(
                () -> structure.movePosition("MGB-MD-PCQ", seen, "MGB-CMO", null),
                () -> incumbency.assignIncumbent("MGB-MD-PCQ", seen, gregory, null),
                () -> structure.addDottedLine("MGB-MD-PCQ", seen, "MGB-CFO", "finance partnership", null),
                () -> structure.removeDottedLine("MGB-MD-PCQ", seen, "MGB-ACPHO", null),
                () -> incumbency.planSuccession("MGB-MD-PCQ", seen, false, null, List.of()),
                () -> structure.retirePosition("MGB-MD-PCQ", seen, null),
                () -> structure.editPosition("MGB-MD-PCQ", seen, new PositionEdit("Quality director", "Primary Care",
                        "Somerville", "MA", BigDecimal.ONE, new BigDecimal("0.50"))));
        for (Runnable change : changes) {
            assertThatThrownBy(change::run).isInstanceOf(DomainException.class).hasMessage(stale);
        }
        assertThat(orgChart.findByCode("MGB-MD-PCQ").orElseThrow().vacant()).isTrue();
        assertThat(orgChart.dottedLinesOf(id("MGB-MD-PCQ"), null)).singleElement()
                .extracting(DottedLine::label).isEqualTo("population health");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void succession_names_candidates_with_readiness() {
        long gregory = orgChart.findByCode("MGB-RMD-PC").orElseThrow().incumbentEmployeeId();

        incumbency.planSuccession("MGB-ACMO-PC", orgChart.versionOf("MGB-ACMO-PC"), true, "Retiring in 2027", List.of(
                new SuccessionCandidate(gregory, SuccessionCandidate.Readiness.READY_1_2_YEARS)));

        PositionDetails details = orgChart.details(id("MGB-ACMO-PC"), null);
        assertThat(details.position().retirementRisk()).isTrue();
        assertThat(auditLog.historyOf("Position", id("MGB-ACMO-PC"), PageRequest.of(0, 1)).getFirst().after())
                .isEqualTo("retirement risk; successors: Gregory Lin, MD (Ready in 1–2 years)");
        assertThat(details.successors()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Gregory Lin, MD");
            assertThat(s.readiness()).isEqualTo(SuccessionCandidate.Readiness.READY_1_2_YEARS);
        });
        assertThatThrownBy(() -> incumbency.planSuccession("MGB-ACMO-PC", orgChart.versionOf("MGB-ACMO-PC"), false, null,
                List.of(new SuccessionCandidate(-1L, SuccessionCandidate.Readiness.READY_NOW))))
                .hasMessageContaining("Unknown employee");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void search_finds_positions_by_title_or_by_the_person_in_them() {
        assertThat(orgChart.search("quality", null)).extracting(PositionSummary::code).contains("MGB-MD-PCQ");
        assertThat(orgChart.search("Okafor", null)).extracting(PositionSummary::code).containsExactly("MGB-ACMO-PC");
        assertThat(orgChart.search("  ", null)).isEmpty();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void subtree_and_vacancies_under_a_position() {
        assertThat(orgChart.subtree(id("MGB-CMO"), null, 500)).extracting(PositionSummary::code)
                .startsWith("MGB-ACMO-PC").contains("MGB-MD-PCQ", "MGB-PCP-SOM-1").doesNotContain("MGB-CMO", "MGB-CFO");
        assertThat(orgChart.vacanciesUnder(id("MGB-CEO"), null, 50)).extracting(PositionSummary::code)
                .containsExactly("MGB-MD-PCQ");
        assertThat(orgChart.topsOf("MGB", null)).extracting(PositionSummary::code).containsExactly("MGB-CEO");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void subtree_is_breadth_first_and_a_limit_keeps_its_beginning() {
        List<PositionSummary> all = orgChart.subtree(id("MGB-CEO"), null, 500);

        assertThat(all).hasSizeGreaterThan(5).extracting(PositionSummary::code).doesNotContain("MGB-CEO")
                .doesNotHaveDuplicates();
        assertThat(all).extracting(p -> orgChart.pathToTop(p.id(), null).size()).isSorted();
        assertThat(orgChart.subtree(id("MGB-CEO"), null, 5)).isEqualTo(all.subList(0, 5));
        assertThat(orgChart.subtree(id("MGB-CEO"), null, 0)).isEmpty();
        assertThat(orgChart.subtree(id("MGB-MD-PCQ"), null, 500)).isEmpty();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_dyad_pairs_two_peers_read_from_both_seats_and_is_not_a_dotted_line() {
        LocalDate today = LocalDate.now();
        structure.pairAsDyad("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), "MGB-RMD-PC", null, today);

        assertThat(orgChart.dyadPartnerOf(id("MGB-MD-PCQ"), null)).hasValueSatisfying(dyad -> {
            assertThat(dyad.partner().code()).isEqualTo("MGB-RMD-PC");
            assertThat(dyad.label()).isEqualTo("Dyad partner");
        });
        assertThat(orgChart.dyadPartnerOf(id("MGB-RMD-PC"), null)).map(dyad -> dyad.partner().code())
                .contains("MGB-MD-PCQ");
        assertThat(orgChart.details(id("MGB-RMD-PC"), null).dyadPartner()).isNotNull();
        assertThat(orgChart.dyadLinksTouching(List.of(id("MGB-MD-PCQ"), id("MGB-RMD-PC")), null)).hasSize(1);
        // Approvals consult dotted (secondary) lines only: a dyad partner is a peer, not a reporting line.
        assertThat(orgChart.dottedLinesOf(id("MGB-MD-PCQ"), null)).extracting(DottedLine::label)
                .containsExactly("population health");
        assertThat(auditLog.historyOf(DatedChanges.AUDIT_POSITION, id("MGB-MD-PCQ"), PageRequest.of(0, 5)))
                .extracting(AuditEvent::action).contains("DYAD_ADDED");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_seat_has_one_dyad_partner_a_peer_never_its_manager_and_ending_it_from_either_seat_ends_it() {
        LocalDate today = LocalDate.now();
        structure.pairAsDyad("MGB-MD-PCQ", orgChart.versionOf("MGB-MD-PCQ"), "MGB-RMD-PC", "primary care dyad", today);

        assertThatThrownBy(() -> structure.pairAsDyad("MGB-ACPHO", orgChart.versionOf("MGB-ACPHO"), "MGB-RMD-PC", null,
                today)).isInstanceOf(DomainException.class).hasMessageContaining("already has a dyad partner");
        assertThatThrownBy(() -> structure.pairAsDyad("MGB-ACMO-PC", orgChart.versionOf("MGB-ACMO-PC"), "MGB-CMO", null,
                today)).isInstanceOf(DomainException.class).hasMessageContaining("dyad partners are peers");
        assertThatThrownBy(() -> structure.pairAsDyad("MGB-CFO", orgChart.versionOf("MGB-CFO"), "MGB-CFO", null, today))
                .isInstanceOf(DomainException.class).hasMessage("A position cannot be its own dyad partner.");
        assertThatThrownBy(() -> structure.pairAsDyad("MGB-CFO", orgChart.versionOf("MGB-CFO"), "MGB-CMO",
                "d".repeat(101), today)).isInstanceOf(DomainException.class).hasMessageContaining("at most 100 characters");
        assertThat(orgChart.dyadPartnerOf(id("MGB-CFO"), null)).isEmpty();

        structure.endDyad("MGB-RMD-PC", orgChart.versionOf("MGB-RMD-PC"), today);

        assertThat(orgChart.dyadPartnerOf(id("MGB-MD-PCQ"), null)).isEmpty();
        assertThat(orgChart.dyadPartnerOf(id("MGB-RMD-PC"), null)).isEmpty();
        assertThatThrownBy(() -> structure.endDyad("MGB-RMD-PC", orgChart.versionOf("MGB-RMD-PC"), today))
                .isInstanceOf(DomainException.class).hasMessageContaining("has no dyad partner");
    }
}
