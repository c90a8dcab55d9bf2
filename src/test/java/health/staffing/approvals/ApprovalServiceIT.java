package health.staffing.approvals;

import health.staffing.orgchart.OrgStructureService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.orgchart.OrgChartService;
import health.staffing.requisitions.ApprovalOutcome;
import health.staffing.requisitions.ApprovalPreview;
import health.staffing.requisitions.ApprovalTrail;
import health.staffing.requisitions.ApprovalTrailEntry;
import health.staffing.requisitions.Degree;
import health.staffing.requisitions.PostingContent;
import health.staffing.requisitions.PostingDraft;
import health.staffing.requisitions.PostingRequirements;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** Approval rounds on real requisitions of the demo organisation; every test rolls back. */
@DatabaseTest
@Transactional
@RecordApplicationEvents
class ApprovalServiceIT {

    @Autowired
    ApprovalService approvals;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    OrgChartService orgChart;

    @Autowired
    OrgStructureService structure;
    @Autowired
    ApprovalTrail trail;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ApprovalPreview preview;
    @Autowired
    PostingService postings;

    private InboxItem waitingFor(String username, long requisitionId) {
        return As.user(username, () -> approvals.inbox(PageRequest.of(0, 100))).stream()
                .filter(item -> item.requisition().requisitionId() == requisitionId).findFirst()
                .orElseThrow(() -> new AssertionError("Nothing waits for " + username + " on " + requisitionId));
    }

    private boolean waits(String username, long requisitionId) {
        return As.user(username, () -> approvals.inbox(PageRequest.of(0, 100))).stream()
                .anyMatch(item -> item.requisition().requisitionId() == requisitionId);
    }

    private void decide(String username, long requisitionId, Decision decision, String comment) {
        InboxItem item = waitingFor(username, requisitionId);
        As.user(username, () -> approvals.decide(item.stepId(), item.stepVersion(), decision, comment));
    }

    private List<String> states(long requisitionId) {
        return trail.of(requisitionId).stream().map(entry -> entry.step() + " | " + entry.state()).toList();
    }

    private RequisitionStatus status(long requisitionId) {
        return As.user("recruiter", () -> requisitions.details(requisitionId)).status();
    }

    @Test
    void seed_002_goes_to_finance_then_consults_population_health_then_the_cmo_office() {
        RequisitionDetails submitted = Requisitions.submit(requisitions, Requisitions.newPosition("340000"));

        assertThat(states(submitted.id())).containsExactly(
                "Finance review | Waiting",
                "CMO sign-off — high salary | Skipped: salary maximum $340,000 is not above $350,000",
                "Consulted: Associate Chief Population Health Officer (population health) | Pending",
                "CMO office approval | Pending");
        assertThat(trail.of(submitted.id()).get(2)).satisfies(step -> {
            assertThat(step.consulted()).isTrue();
            assertThat(step.approver()).isEqualTo("Anita Shah");
        });
        InboxItem forFinance = waitingFor("finance", submitted.id());
        assertThat(forFinance.requisition().title()).isEqualTo("Medical Director for Quality, Primary Care");
        assertThat(forFinance.requisition().budgetMax()).isEqualByComparingTo("340000");
        assertThat(forFinance.requisition().dottedLines()).containsExactly(new DottedLineSnapshot("MGB-ACPHO",
                "Associate Chief Population Health Officer", "population health"));
        assertThat(forFinance.requisition().requestedByName()).isEqualTo("Maya Okafor");
        assertThat(waits("cmo", submitted.id())).isFalse();
        assertThat(waits("pophealth", submitted.id())).isFalse();

        decide("finance", submitted.id(), Decision.APPROVE, null);
        assertThat(waits("finance", submitted.id())).isFalse();
        InboxItem consult = waitingFor("pophealth", submitted.id());
        assertThat(consult.consulted()).isTrue();
        assertThatThrownBy(() -> As.user("pophealth", () -> approvals.decide(consult.stepId(), consult.stepVersion(),
                Decision.REJECT, "Not needed")))
                .isInstanceOf(DomainException.class).hasMessageContaining("cannot reject");

        decide("pophealth", submitted.id(), Decision.APPROVE, "Aligns with the PHSO quality agenda.");
        assertThat(status(submitted.id())).isEqualTo(RequisitionStatus.PENDING_APPROVAL);
        decide("cmo", submitted.id(), Decision.APPROVE, null);

        assertThat(status(submitted.id())).isEqualTo(RequisitionStatus.APPROVED);
        assertThat(events.stream(ApprovalOutcome.class)).containsExactly(
                new ApprovalOutcome(submitted.id(), 1, ApprovalOutcome.Decision.APPROVED, "cmo", null));
        List<ApprovalTrailEntry> entries = trail.of(submitted.id());
        assertThat(entries).extracting(ApprovalTrailEntry::state)
                .containsExactly("Approved", entries.get(1).state(), "Consulted", "Approved");
        assertThat(entries.get(2).comment()).isEqualTo("Aligns with the PHSO quality agenda.");
        assertThat(entries.get(2).decidedBy()).isEqualTo("Anita Shah");
        assertThat(entries.get(0).decidedBy()).isEqualTo("Chris Donnelly");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.round()).isEqualTo(1));
        assertThat(entries.get(3).decidedAt()).isNotNull();
    }

    @Test
    void a_replacement_above_the_threshold_gets_the_high_salary_step_and_consults_the_dotted_line_from_the_chart() {
        RequisitionDetails submitted = Requisitions.submit(requisitions, Requisitions.replacement(orgChart, structure, "400000"));

        assertThat(states(submitted.id())).containsExactly(
                "Finance — high salary review | Waiting",
                "Consulted: Associate Chief Population Health Officer (population health) | Pending",
                "CMO office approval | Pending");
        assertThat(waitingFor("finance", submitted.id()).requisition().positionCode())
                .isEqualTo(submitted.positionCode());
    }

    @Test
    void a_replacement_below_the_threshold_goes_straight_to_the_partner_and_the_cmo_office() {
        RequisitionDetails submitted = Requisitions.submit(requisitions, Requisitions.replacement(orgChart, structure, "300000"));

        assertThat(states(submitted.id())).containsExactly(
                "Finance — high salary review | Skipped: salary maximum $300,000 is not above $350,000",
                "Consulted: Associate Chief Population Health Officer (population health) | Waiting",
                "CMO office approval | Pending");
    }

    @Test
    void a_rejection_needs_a_reason_and_leaves_the_rest_not_reached() {
        RequisitionDetails submitted = Requisitions.submit(requisitions, Requisitions.newPosition("340000"));
        InboxItem item = waitingFor("finance", submitted.id());

        assertThatThrownBy(() -> As.user("finance", () -> approvals.decide(item.stepId(), item.stepVersion(),
                Decision.REJECT, "  "))).isInstanceOf(DomainException.class).hasMessageContaining("needs a reason");
        // The reason becomes the requisition's closing reason: longer than its column is refused, not truncated or failed.
        assertThatThrownBy(() -> As.user("finance", () -> approvals.decide(item.stepId(), item.stepVersion(),
                Decision.REJECT, "r".repeat(1001)))).isInstanceOf(DomainException.class)
                .hasMessage("The reason can be at most 1,000 characters; it has 1,001.");
        assertThat(status(submitted.id())).isEqualTo(RequisitionStatus.PENDING_APPROVAL);
        decide("finance", submitted.id(), Decision.REJECT, "No budget in FY27");

        assertThat(status(submitted.id())).isEqualTo(RequisitionStatus.REJECTED);
        assertThat(states(submitted.id())).containsExactly(
                "Finance review | Rejected",
                "CMO sign-off — high salary | Skipped: salary maximum $340,000 is not above $350,000",
                "Consulted: Associate Chief Population Health Officer (population health) | Not reached: rejected at Finance review",
                "CMO office approval | Not reached: rejected at Finance review");
        assertThat(events.stream(ApprovalOutcome.class)).containsExactly(new ApprovalOutcome(submitted.id(), 1,
                ApprovalOutcome.Decision.REJECTED, "finance", "No budget in FY27"));
    }

    @Test
    void requesting_changes_needs_a_comment_and_a_resubmission_starts_round_two() {
        RequisitionDetails submitted = Requisitions.submit(requisitions, Requisitions.newPosition("340000"));
        InboxItem item = waitingFor("finance", submitted.id());
        assertThatThrownBy(() -> As.user("finance", () -> approvals.decide(item.stepId(), item.stepVersion(),
                Decision.REQUEST_CHANGES, null))).hasMessageContaining("needs a comment");

        decide("finance", submitted.id(), Decision.REQUEST_CHANGES, "Split the FTE 0.6/0.4");
        assertThat(status(submitted.id())).isEqualTo(RequisitionStatus.CHANGES_REQUESTED);

        RequisitionDetails changed = As.user("manager", () -> requisitions.details(submitted.id()));
        As.user("manager", () -> requisitions.submit(changed.id(), changed.version()));

        List<ApprovalTrailEntry> entries = trail.of(submitted.id());
        assertThat(entries).filteredOn(entry -> entry.round() == 1).extracting(ApprovalTrailEntry::state)
                .startsWith("Changes requested");
        assertThat(entries).filteredOn(entry -> entry.round() == 2).first()
                .extracting(ApprovalTrailEntry::state).isEqualTo("Waiting");
        assertThat(waitingFor("finance", submitted.id()).requisition().round()).isEqualTo(2);
    }

    @Test
    void nobody_decides_a_requisition_they_requested_or_hire_for() {
        RequisitionDetails submitted = Requisitions.submit(requisitions, Requisitions.newPosition("340000"));
        long stepId = waitingFor("finance", submitted.id()).stepId();
        String[] managerInFinance = {"HIRING_MANAGER", "FINANCE"};

        List<InboxItem> inbox = As.user("manager", managerInFinance, () -> approvals.inbox(PageRequest.of(0, 100)));
        assertThat(inbox).noneMatch(item -> item.requisition().requisitionId() == submitted.id());
        assertThatThrownBy(() -> As.user("manager", managerInFinance, () -> {
            approvals.decide(stepId, 1, Decision.APPROVE, null);
            return null;
        })).isInstanceOf(DomainException.class).hasMessageContaining("segregation of duties");
    }

    @Test
    void a_delegate_decides_on_behalf_of_the_approver_within_the_dates_only() {
        RequisitionDetails submitted = Requisitions.submit(requisitions, Requisitions.newPosition("340000"));
        assertThat(waits("caregiver", submitted.id())).isFalse();

        DelegationItem given = As.user("finance", () -> approvals.delegate("caregiver", LocalDate.now(),
                LocalDate.now().plusDays(7)));
        assertThat(given.active()).isTrue();
        assertThat(As.user("caregiver", approvals::myDelegations)).singleElement()
                .satisfies(item -> assertThat(item.delegatorName()).isEqualTo("Chris Donnelly"));

        InboxItem item = waitingFor("caregiver", submitted.id());
        assertThat(item.onBehalfOfName()).isEqualTo("Chris Donnelly");
        As.user("caregiver", () -> approvals.decide(item.stepId(), item.stepVersion(), Decision.APPROVE, "Budgeted."));

        ApprovalTrailEntry decided = trail.of(submitted.id()).getFirst();
        assertThat(decided.decidedBy()).isEqualTo("Jordan Ellis");
        assertThat(decided.onBehalfOf()).isEqualTo("Chris Donnelly");
        assertThat(As.user("admin", () -> auditLog.historyOf("Requisition", submitted.id(), PageRequest.of(0, 50))))
                .extracting(AuditEvent::action).contains("Approval: Finance review approved");
    }

    @Test
    void a_future_or_ended_delegation_gives_no_rights_and_the_requester_cannot_be_a_delegate() {
        RequisitionDetails submitted = Requisitions.submit(requisitions, Requisitions.newPosition("340000"));
        DelegationItem later = As.user("finance", () -> approvals.delegate("caregiver", LocalDate.now().plusDays(3),
                LocalDate.now().plusDays(7)));
        assertThat(later.active()).isFalse();
        assertThat(waits("caregiver", submitted.id())).isFalse();

        As.user("finance", () -> approvals.endDelegation(later.id()));
        assertThat(As.user("finance", approvals::myDelegations)).isEmpty();

        As.user("finance", () -> approvals.delegate("manager", LocalDate.now(), LocalDate.now()));
        assertThat(waits("manager", submitted.id())).isFalse();
        long stepId = waitingFor("finance", submitted.id()).stepId();
        assertThatThrownBy(() -> As.user("manager", () -> {
            approvals.decide(stepId, 1, Decision.APPROVE, null);
            return null;
        })).isInstanceOf(DomainException.class).hasMessageContaining("segregation of duties");
        assertThatThrownBy(() -> As.user("finance", () -> approvals.delegate("nobody", LocalDate.now(), LocalDate.now())))
                .hasMessage("There is no active user nobody.");
        assertThatThrownBy(() -> As.user("finance", () -> approvals.delegate("caregiver", LocalDate.now(),
                LocalDate.now().minusDays(1)))).hasMessageContaining("cannot be before");
    }

    @Test
    void others_cannot_decide_a_step_that_does_not_wait_for_them() {
        RequisitionDetails submitted = Requisitions.submit(requisitions, Requisitions.newPosition("340000"));
        InboxItem item = waitingFor("finance", submitted.id());

        assertThatThrownBy(() -> As.user("cmo", () -> approvals.decide(item.stepId(), item.stepVersion(),
                Decision.APPROVE, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("caregiver", () -> approvals.decide(item.stepId(), item.stepVersion(),
                Decision.APPROVE, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("caregiver", () -> approvals.trail(submitted.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(As.user("pophealth", () -> approvals.trail(submitted.id()))).hasSize(4);
    }

    @Test
    void a_decision_on_a_step_someone_else_decided_names_who_decided() {
        RequisitionDetails submitted = Requisitions.submit(requisitions, Requisitions.newPosition("340000"));
        InboxItem seen = waitingFor("finance", submitted.id());
        As.user("finance", () -> approvals.decide(seen.stepId(), seen.stepVersion(), Decision.APPROVE, null));

        assertThatThrownBy(() -> As.user("finance", () -> approvals.decide(seen.stepId(), seen.stepVersion(),
                Decision.REJECT, "Too expensive")))
                .isInstanceOf(DomainException.class)
                .hasMessage("This step was decided by Chris Donnelly a moment ago.");
    }

    @Test
    void cancelling_withdraws_the_waiting_steps() {
        RequisitionDetails submitted = Requisitions.submit(requisitions, Requisitions.newPosition("340000"));

        As.user("manager", () -> requisitions.cancel(submitted.id(), submitted.version(), "Merged into another role"));

        assertThat(states(submitted.id())).contains("Finance review | Withdrawn: Requisition cancelled: Merged into another role",
                "CMO office approval | Withdrawn: Requisition cancelled: Merged into another role");
        assertThat(waits("finance", submitted.id())).isFalse();
    }

    @Test
    void every_step_change_is_in_the_requisitions_history() {
        RequisitionDetails submitted = Requisitions.submit(requisitions, Requisitions.newPosition("340000"));
        decide("finance", submitted.id(), Decision.APPROVE, null);

        List<String> actions = As.user("admin", () -> auditLog.historyOf("Requisition", submitted.id(),
                PageRequest.of(0, 50))).stream().map(AuditEvent::action).toList();
        assertThat(actions).contains("Approval round 1 started", "Approval: Finance review waiting",
                "Approval: CMO sign-off — high salary skipped", "Approval: Finance review approved");
        assertThat(actions).anyMatch(action -> action.startsWith("Approval: Consulted: Associate Chief Population")
                && action.length() <= 60);
    }

    @Test
    void the_inbox_counts_what_waits_oldest_first() {
        RequisitionDetails first = Requisitions.submit(requisitions, Requisitions.newPosition("340000"));
        RequisitionDetails second = Requisitions.submit(requisitions, Requisitions.newPosition("300000"));

        List<Long> order = As.user("finance", () -> approvals.inbox(PageRequest.of(0, 100))).stream()
                .map(item -> item.requisition().requisitionId()).filter(id -> id == first.id() || id == second.id())
                .toList();
        assertThat(order).containsExactly(first.id(), second.id());
        assertThat(As.user("finance", approvals::inboxCount)).isGreaterThanOrEqualTo(2);
        assertThat(As.user("caregiver", approvals::inboxCount)).isZero();
    }

    @Test
    void the_chain_shown_before_submitting_is_the_chain_that_runs() {
        RequisitionForm form = Requisitions.newPosition("360000");

        List<String> shown = As.user("manager", () -> preview.stepsFor(form, "manager")).stream()
                .map(step -> step.label() + " | " + (step.skippedBecause() == null ? step.approver()
                        : "skipped: " + step.skippedBecause())).toList();
        RequisitionDetails submitted = Requisitions.submit(requisitions, form);

        // The CMO office's two steps are one decision (it signed twice per round before).
        assertThat(shown).containsExactly("Finance review | Finance",
                "Consulted: Associate Chief Population Health Officer (population health) | Anita Shah",
                "CMO sign-off — high salary + CMO office approval | CMO office");
        assertThat(trail.of(submitted.id())).extracting(ApprovalTrailEntry::step)
                .containsExactlyElementsOf(shown.stream().map(line -> line.substring(0, line.indexOf(" | "))).toList());
    }

    @Test
    void approvers_read_the_qualifications_hr_typed_in_the_posting_before_submitting() {
        RequisitionDetails draft = As.user("recruiter", () -> requisitions.create(Requisitions.newPosition("340000")));
        PostingDraft posting = As.user("recruiter", () -> postings.open(draft.id()));
        PostingContent content = posting.content();
        As.user("recruiter", () -> postings.save(draft.id(), posting.version(), new PostingContent(content.sections(),
                new PostingRequirements(null, Set.of(Degree.MD, Degree.DO), 5, 3, null, Set.of("MA"), true, List.of()),
                content.visibility(), content.internalDays(), content.openDate(), content.closeDate())));
        RequisitionDetails fresh = As.user("recruiter", () -> requisitions.details(draft.id()));
        As.user("recruiter", () -> requisitions.submit(draft.id(), fresh.version()));

        assertThat(waitingFor("finance", draft.id()).requisition().qualifications()).isEqualTo("MD or DO; board"
                + " certification; a licence in MA; at least 5 years of clinical practice after residency; at least 3"
                + " years of physician leadership");
    }
}
