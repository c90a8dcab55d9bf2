package health.staffing.demo;

import health.staffing.approvals.ApprovalService;
import health.staffing.approvals.Decision;
import health.staffing.approvals.InboxItem;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.ProposedDottedLine;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionKind;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.WorkArrangement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo's requisitions, made the way people make them: each demo user acts through the
 * services, so every approval step, audit event and posting version is real. The five seed
 * postings go through their approval chains and are published; a few more requisitions wait in
 * the queues so every role has something to do when they sign in.
 */
@Component
@Profile("demo")
class DemoRequisitions {

    /** Who decides demo approval steps, in chain order. */
    private static final List<String> APPROVERS = List.of("finance", "pophealth", "vpclinical", "cmo");

    private final RequisitionService requisitions;
    private final PostingService postings;
    private final ApprovalService approvals;
    private final Clock clock;

    DemoRequisitions(RequisitionService requisitions, PostingService postings, ApprovalService approvals, Clock clock) {
        this.requisitions = requisitions;
        this.postings = postings;
        this.approvals = approvals;
        this.clock = clock;
    }

    void load() {
        LocalDate closes = LocalDate.now(clock).plusDays(90);
        for (SeedPosting seed : SeedPostings.all()) {
            RequisitionForm form = seed.requisitionForm("manager", "recruiter");
            RequisitionDetails draft = seed.reference() == null
                    ? DemoActors.as("recruiter", () -> requisitions.create(form))
                    : DemoActors.as("admin", () -> requisitions.importWithReference(form, seed.reference()));
            DemoActors.as("recruiter", () -> requisitions.submit(draft.id(), draft.version()));
            approveEveryStep(draft.id());
            DemoActors.as("recruiter", () -> SeedPostings.publish(postings, draft.id(), seed.openUntil(closes)));
        }
        workInProgress();
    }

    /** A new seat waiting for finance, one waiting for the CMO office, and a draft. */
    private void workInProgress() {
        RequisitionForm behavioralHealth = newSeat("Medical Director, Behavioral Health Integration", "MGB-ACMO-PC",
                "Primary Care · Behavioral Health", "0.60", "260000", "310000");
        behavioralHealth.setDottedLines(List.of(new ProposedDottedLine("MGB-ACPHO", "behavioral health outcomes")));
        behavioralHealth.setJustification("Depression and anxiety screening rates lag in 14 of 40 practices. An "
                + "integrated behavioral health lead would own the collaborative care model across primary care.");
        DemoActors.as("manager", () -> {
            RequisitionDetails draft = requisitions.create(behavioralHealth);
            return requisitions.submit(draft.id(), draft.version());
        });

        RequisitionForm patientSafety = newSeat("Medical Director, Patient Safety", "MGB-CMO",
                "Office of the Chief Medical Officer (OCMO)", "0.80", "290000", "340000");
        patientSafety.setJustification("Safety event reviews are spread across five committees; one accountable "
                + "physician leader would shorten review time and align the AMCs.");
        // The deputy CMO hires for it, so the CMO office's step waits for Elena Marsh, never for him.
        patientSafety.setHiringManager("deputycmo");
        long safety = DemoActors.as("recruiter", () -> {
            RequisitionDetails draft = requisitions.create(patientSafety);
            return requisitions.submit(draft.id(), draft.version());
        }).id();
        decideAs("finance", safety);

        RequisitionForm virtualCare = newSeat("Associate Medical Director, Virtual Care", "MGB-ACMO-PC",
                "Primary Care", "0.50", "240000", "280000");
        virtualCare.setWorkArrangement(WorkArrangement.REMOTE);
        virtualCare.setJustification("Draft: virtual visits are 22% of primary care volume with no clinical lead.");
        DemoActors.as("manager", () -> requisitions.create(virtualCare));
    }

    RequisitionForm newSeat(String title, String manager, String department, String adminFte, String min,
            String max) {
        RequisitionForm form = new RequisitionForm();
        form.setKind(RequisitionKind.NEW_POSITION);
        form.setManagerPositionCode(manager);
        form.setTitle(title);
        form.setDepartment(department);
        form.setCategory("Physician Leadership");
        form.setAddressLine("399 Revolution Drive");
        form.setCity("Somerville");
        form.setState("MA");
        form.setPostalCode("02145");
        form.setWorkArrangement(WorkArrangement.HYBRID);
        form.setDaysOnSite(3);
        form.setFte(BigDecimal.ONE);
        form.setAdminFte(new BigDecimal(adminFte));
        form.setSalaryMin(new BigDecimal(min));
        form.setSalaryMax(new BigDecimal(max));
        form.setAdjustedForFte(true);
        form.setHiringManager("manager");
        form.setRecruiter("recruiter");
        form.setTargetStart(LocalDate.now(clock).plusMonths(4).withDayOfMonth(1));
        form.setCostCenter("CC-4410");
        return form;
    }

    /** Lets each approver decide in turn until nothing of this requisition waits. */
    private void approveEveryStep(long requisitionId) {
        for (int pass = 0; pass < 5; pass++) {
            boolean decided = false;
            for (String approver : APPROVERS) {
                decided |= decideAs(approver, requisitionId);
            }
            if (!decided) {
                return;
            }
        }
    }

    private boolean decideAs(String approver, long requisitionId) {
        return DemoActors.as(approver, () -> {
            List<InboxItem> waiting = approvals.inbox(PageRequest.of(0, 50)).stream()
                    .filter(item -> item.requisition().requisitionId() == requisitionId).toList();
            waiting.forEach(item -> approvals.decide(item.stepId(), item.stepVersion(), Decision.APPROVE,
                    item.consulted() ? "Supportive; coordinate the quality dashboards with population health." : null));
            return !waiting.isEmpty();
        });
    }
}
