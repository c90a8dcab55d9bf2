package health.staffing.requisitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.orgchart.DottedLine;
import health.staffing.orgchart.NewPosition;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.OrgStructureService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.security.SystemActor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** The requisition service on the demo organisation; every test rolls back. */
@DatabaseTest
@Transactional
@RecordApplicationEvents
class RequisitionServiceIT {

    @Autowired
    RequisitionService requisitions;
    @Autowired
    OrgChartService orgChart;

    @Autowired
    OrgStructureService structure;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    ApplicationEvents events;

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void a_hiring_manager_creates_a_draft_with_a_job_reference_and_its_budget() {
        RequisitionDetails created = requisitions.create(RequisitionTestData.form());

        assertThat(created.status()).isEqualTo(RequisitionStatus.DRAFT);
        assertThat(created.reference()).matches("1\\d{5}");
        assertThat(created.organisationCode()).isEqualTo("MGB");
        assertThat(created.requestedBy()).isEqualTo("manager");
        assertThat(created.hiringManagerName()).isEqualTo("Maya Okafor");
        assertThat(created.budgetMin()).isEqualByComparingTo("280000");
        assertThat(created.budgetMax()).isEqualByComparingTo("340000");
        assertThat(created.dottedLines()).containsExactly(new ProposedDottedLine("MGB-ACPHO", "population health"));
        assertThat(created.workArrangementText()).isEqualTo("Hybrid, 3 days a week on site");
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void job_references_are_unique_and_increasing() {
        long first = Long.parseLong(requisitions.create(RequisitionTestData.form()).reference());
        long second = Long.parseLong(requisitions.create(RequisitionTestData.form()).reference());
        assertThat(second).isGreaterThan(first);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_imported_reference_is_kept_and_never_handed_out_again() {
        long first = Long.parseLong(requisitions.create(RequisitionTestData.form()).reference());
        String imported = String.valueOf(first + 1);

        assertThat(requisitions.importWithReference(RequisitionTestData.form(), imported).reference()).isEqualTo(imported);
        assertThat(requisitions.create(RequisitionTestData.form()).reference()).isEqualTo(String.valueOf(first + 2));
        assertThatThrownBy(() -> requisitions.importWithReference(RequisitionTestData.form(), imported))
                .hasMessage("Job reference " + imported + " is already in use.");
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void submitting_publishes_the_round_and_audits_it() {
        RequisitionDetails draft = requisitions.create(RequisitionTestData.form());

        RequisitionDetails submitted = requisitions.submit(draft.id(), draft.version());

        assertThat(submitted.status()).isEqualTo(RequisitionStatus.PENDING_APPROVAL);
        assertThat(submitted.approvalRound()).isEqualTo(1);
        assertThat(events.stream(RequisitionSubmitted.class)).containsExactly(new RequisitionSubmitted(draft.id(), 1));
        assertThat(SystemActor.call(() -> auditLog.historyOf("Requisition", draft.id(), PageRequest.of(0, 10))))
                .extracting(AuditEvent::action).filteredOn(action -> !action.startsWith("Approval"))
                .containsExactly("SUBMITTED", "CREATED");
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void submitted_requisition_cannot_be_edited() {
        RequisitionDetails draft = requisitions.create(RequisitionTestData.form());
        RequisitionDetails submitted = requisitions.submit(draft.id(), draft.version());

        assertThatThrownBy(() -> requisitions.update(draft.id(), submitted.version(), RequisitionTestData.form()))
                .isInstanceOf(DomainException.class).hasMessageContaining("cannot be edited");
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void a_stale_edit_is_refused_and_the_stored_requisition_is_unchanged() {
        RequisitionDetails draft = requisitions.create(RequisitionTestData.form());
        RequisitionForm first = RequisitionForm.from(draft);
        first.setCostCenter("CC-1111");
        requisitions.update(draft.id(), draft.version(), first);

        RequisitionForm second = RequisitionForm.from(draft);
        second.setCostCenter("CC-2222");
        assertThatThrownBy(() -> requisitions.update(draft.id(), draft.version(), second))
                .hasMessageContaining("changed by someone else");
        assertThat(requisitions.details(draft.id()).costCenter()).isEqualTo("CC-1111");
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void invalid_input_is_refused_with_every_problem_and_nothing_is_saved() {
        long before = requisitions.count(RequisitionFilter.none());
        RequisitionForm form = RequisitionTestData.form();
        form.setSalaryMin(new BigDecimal("400000"));
        form.setTitle(" ");

        assertThatThrownBy(() -> requisitions.create(form)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Enter the title.")
                .hasMessageContaining("The salary minimum must not be above the maximum.");
        assertThat(requisitions.count(RequisitionFilter.none())).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void an_unknown_manager_position_is_refused() {
        RequisitionForm form = RequisitionTestData.form();
        form.setManagerPositionCode("NOPE");
        assertThatThrownBy(() -> requisitions.create(form)).hasMessage("There is no manager position NOPE.");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void a_replacement_needs_a_vacant_seat_without_another_open_requisition() {
        PositionSummary seat = structure.createPosition(new NewPosition("MGB-MD-BH", "Medical Director, Behavioral Health",
                "MGB", "Behavioral Health", "Boston", "MA", BigDecimal.ONE, new BigDecimal("0.40"), "MGB-CMO", null,
                null));
        RequisitionForm form = replacementOf(seat.code());

        RequisitionDetails replacement = requisitions.create(form);

        assertThat(replacement.positionCode()).isEqualTo("MGB-MD-BH");
        assertThat(replacement.managerPositionCode()).isEqualTo("MGB-CMO");
        assertThatThrownBy(() -> requisitions.create(replacementOf(seat.code())))
                .hasMessage("Medical Director, Behavioral Health already has an open requisition.");
        assertThatThrownBy(() -> requisitions.create(replacementOf("MGB-CMO")))
                .hasMessageContaining("a replacement requisition needs a vacant position");
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void approval_of_a_new_position_creates_the_vacant_seat_with_its_dotted_line() {
        RequisitionDetails draft = requisitions.create(RequisitionTestData.form());
        requisitions.submit(draft.id(), draft.version());

        publisher.publishEvent(new ApprovalOutcome(draft.id(), 1, ApprovalOutcome.Decision.APPROVED, "cmo", null));

        RequisitionDetails approved = requisitions.details(draft.id());
        assertThat(approved.status()).isEqualTo(RequisitionStatus.APPROVED);
        assertThat(approved.positionCode()).isEqualTo("REQ-" + draft.reference());
        PositionSummary seat = orgChart.findByCode(approved.positionCode()).orElseThrow();
        assertThat(seat.vacant()).isTrue();
        assertThat(orgChart.managerOf(seat.id(), null)).map(PositionSummary::code).contains("MGB-ACMO-PC");
        assertThat(orgChart.dottedLinesOf(seat.id(), null)).extracting(DottedLine::label).containsExactly("population health");
        assertThat(requisitions.openRequisitionsFor(Set.of(seat.code())))
                .containsEntry(seat.code(), new OpenRequisition(draft.id(), draft.reference(), RequisitionStatus.APPROVED));
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void an_outcome_for_an_old_round_is_refused() {
        RequisitionDetails draft = requisitions.create(RequisitionTestData.form());
        requisitions.submit(draft.id(), draft.version());

        assertThatThrownBy(() -> publisher.publishEvent(
                new ApprovalOutcome(draft.id(), 7, ApprovalOutcome.Decision.APPROVED, "cmo", null)))
                .hasMessageContaining("no longer waiting");
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void changing_the_salary_range_after_approval_sends_it_back_for_approval() {
        RequisitionDetails draft = requisitions.create(RequisitionTestData.form());
        requisitions.submit(draft.id(), draft.version());
        publisher.publishEvent(new ApprovalOutcome(draft.id(), 1, ApprovalOutcome.Decision.APPROVED, "cmo", null));
        RequisitionDetails approved = requisitions.details(draft.id());

        RequisitionForm costNeutral = RequisitionForm.from(approved);
        costNeutral.setJustification("Same role, clearer words.");
        RequisitionDetails stillApproved = requisitions.update(draft.id(), approved.version(), costNeutral);
        assertThat(stillApproved.status()).isEqualTo(RequisitionStatus.APPROVED);

        RequisitionForm dearer = RequisitionForm.from(stillApproved);
        dearer.setSalaryMax(new BigDecimal("360000"));
        RequisitionDetails resubmitted = requisitions.update(draft.id(), stillApproved.version(), dearer);

        assertThat(resubmitted.status()).isEqualTo(RequisitionStatus.PENDING_APPROVAL);
        assertThat(resubmitted.approvalRound()).isEqualTo(2);
        assertThat(events.stream(RequisitionSubmitted.class)).contains(new RequisitionSubmitted(draft.id(), 2));
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void rejection_and_changes_requested_reach_the_requisition() {
        RequisitionDetails first = requisitions.create(RequisitionTestData.form());
        requisitions.submit(first.id(), first.version());
        publisher.publishEvent(new ApprovalOutcome(first.id(), 1, ApprovalOutcome.Decision.REJECTED, "finance",
                "No budget in FY27"));
        assertThat(requisitions.details(first.id()).status()).isEqualTo(RequisitionStatus.REJECTED);
        assertThat(requisitions.details(first.id()).closingReason()).isEqualTo("No budget in FY27");

        RequisitionDetails second = requisitions.create(RequisitionTestData.form());
        requisitions.submit(second.id(), second.version());
        publisher.publishEvent(new ApprovalOutcome(second.id(), 1, ApprovalOutcome.Decision.CHANGES_REQUESTED,
                "finance", "Split the FTE"));
        assertThat(requisitions.details(second.id()).status()).isEqualTo(RequisitionStatus.CHANGES_REQUESTED);
        assertThat(requisitions.availableActions(second.id())).contains(RequisitionAction.EDIT, RequisitionAction.SUBMIT);
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void cancelling_a_pending_requisition_withdraws_it_from_approval() {
        RequisitionDetails draft = requisitions.create(RequisitionTestData.form());
        RequisitionDetails pending = requisitions.submit(draft.id(), draft.version());

        requisitions.cancel(draft.id(), pending.version(), "Merged into another role");

        assertThat(requisitions.details(draft.id()).status()).isEqualTo(RequisitionStatus.CANCELLED);
        assertThat(events.stream(RequisitionLeftApproval.class))
                .containsExactly(new RequisitionLeftApproval(draft.id(), 1, "Requisition cancelled: Merged into another role"));
    }

    @Test
    void a_hiring_manager_sees_only_their_own_requisitions_and_hr_sees_all() {
        RequisitionDetails own = SystemActor.call(() -> requisitions.create(RequisitionTestData.form()));
        List<Long> seenByManager = As.user("manager", new String[] {"HIRING_MANAGER"}, () -> ids(RequisitionFilter.none()));
        List<Long> seenByOtherManager = As.user("someone", new String[] {"HIRING_MANAGER"}, () -> ids(RequisitionFilter.none()));
        List<Long> seenByRecruiter = As.user("recruiter", new String[] {"RECRUITER"}, () -> ids(RequisitionFilter.none()));

        assertThat(seenByManager).contains(own.id());
        assertThat(seenByOtherManager).doesNotContain(own.id());
        assertThat(seenByRecruiter).contains(own.id());
        // The hiring team other features scope candidates by: its hiring manager and recruiter.
        assertThat(As.user("manager", new String[] {"HIRING_MANAGER"}, () -> requisitions.hiringTeamOf("manager", 1000)))
                .contains(own.id());
        assertThat(As.user("someone", new String[] {"HIRING_MANAGER"}, () -> requisitions.hiringTeamOf("someone", 1000)))
                .doesNotContain(own.id());
        assertThatThrownBy(() -> As.user("someone", new String[] {"HIRING_MANAGER"}, () -> requisitions.details(own.id())))
                .hasMessage("There is no requisition " + own.id() + ".");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void the_grid_filters_by_status_entity_department_people_and_age_and_sorts() {
        RequisitionDetails draft = requisitions.create(RequisitionTestData.form());
        RequisitionDetails other = requisitions.create(RequisitionTestData.form());
        requisitions.submit(other.id(), other.version());

        assertThat(ids(RequisitionFilter.inStatus(RequisitionStatus.DRAFT).withOrganisation("MGB")
                .withDepartment("primary").withRecruiter("recruiter").withHiringManager("manager").withAgeDays(0, 0)
                .withText("quality"))).contains(draft.id()).doesNotContain(other.id());
        assertThat(ids(RequisitionFilter.none().withAgeDays(1, null))).doesNotContain(draft.id());
        assertThat(ids(RequisitionFilter.none().withOrganisation("MPH"))).doesNotContain(draft.id());
        assertThat(ids(RequisitionFilter.none().withText(draft.reference()))).containsExactly(draft.id());
        List<RequisitionListItem> sorted = requisitions.list(RequisitionFilter.none(),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "reference")));
        assertThat(sorted).extracting(RequisitionListItem::reference).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_cannot_create_requisitions() {
        assertThatThrownBy(() -> requisitions.create(RequisitionTestData.form())).isInstanceOf(AccessDeniedException.class);
    }

    private List<Long> ids(RequisitionFilter filter) {
        return requisitions.list(filter, PageRequest.of(0, 200)).stream().map(RequisitionListItem::id).toList();
    }

    private static RequisitionForm replacementOf(String code) {
        RequisitionForm form = RequisitionTestData.form();
        form.setKind(RequisitionKind.REPLACEMENT);
        form.setPositionCode(code);
        form.setManagerPositionCode(null);
        form.setDottedLines(List.of());
        return form;
    }
}
