package health.staffing.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.hostile.HostileTrials.Outcome;
import health.staffing.hostile.HostileTrials;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForms;
import health.staffing.requisitions.RequisitionKind;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.AppRoles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The texts of the approval-chain editor, the delegation dialog and the reassign dialog, each tried
 * with every entry of the hostile corpus through the service, on H2 and on PostgreSQL: refused with
 * a message and nothing changed, or kept exactly (stripped). A user name nobody can have (a NUL,
 * 10,000 characters) is "no such user", never a failed statement. Each trial is rolled back.
 */
@DatabaseTest
class ApprovalTextsHostileInputIT {

    @Autowired
    ApprovalChainService chains;
    @Autowired
    ApprovalService approvals;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    AuditLog auditLog;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    @Test
    void approval_texts_are_refused_or_kept_exactly() {
        HostileTrials.of("approval chain, delegation and reassign texts")
                .field("Chain step label", value -> HostileTrials.rolledBack(transactions, () -> chainStep(ChainStep.role(value, AppRoles.FINANCE),
                        value)))
                .field("Chain step user name", value -> HostileTrials.rolledBack(transactions, () -> chainStep(ChainStep.person("Named approver",
                        value), null)))
                .field("Delegate user name", value -> HostileTrials.rolledBack(transactions, () -> delegation(value)))
                .field("Reassign reason", value -> HostileTrials.rolledBack(transactions, () -> reassign(value)))
                .report();
    }

    private Outcome chainStep(ChainStep step, String expectedLabel) {
        ApprovalChainView before = As.user("admin", () -> chains.chain(RequisitionKind.NEW_POSITION));
        try {
            ApprovalChainView saved = As.user("admin", () -> chains.save(RequisitionKind.NEW_POSITION,
                    before.version(), List.of(step, ChainStep.role("CMO office", AppRoles.CMO_OFFICE))));
            assertThat(saved.steps().getFirst().label()).isEqualTo(expectedLabel.strip());
            return Outcome.STORED;
        } catch (DomainException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(As.user("admin", () -> chains.chain(RequisitionKind.NEW_POSITION))).isEqualTo(before);
            return Outcome.REFUSED;
        }
    }

    private Outcome delegation(String value) {
        LocalDate today = LocalDate.now(clock);
        try {
            DelegationItem given = As.user("finance", () -> approvals.delegate(value, today, today.plusDays(7)));
            assertThat(given.delegate()).isEqualTo(value.strip().toLowerCase());
            return Outcome.STORED;
        } catch (DomainException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(As.user("finance", () -> approvals.myDelegations())).isEmpty();
            return Outcome.REFUSED;
        }
    }

    private Outcome reassign(String value) {
        RequisitionDetails draft = As.user("manager", () -> requisitions.create(RequisitionForms.qualityDirector()));
        try {
            As.user("recruiter", () -> requisitions.reassign(draft.id(), draft.version(), draft.hiringManager(),
                    "talent", value));
            assertThat(history(draft)).filteredOn(event -> event.action().equals("REASSIGNED"))
                    .singleElement().extracting(AuditEvent::after).asString().endsWith("; reason: " + value.strip());
            return Outcome.STORED;
        } catch (DomainException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(As.user("recruiter", () -> requisitions.details(draft.id())).recruiter())
                    .isEqualTo(draft.recruiter());
            return Outcome.REFUSED;
        }
    }

    private List<AuditEvent> history(RequisitionDetails requisition) {
        return As.user("recruiter", () -> auditLog.historyOf("Requisition", requisition.id(), PageRequest.of(0, 5)));
    }
}
