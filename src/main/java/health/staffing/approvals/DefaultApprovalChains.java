package health.staffing.approvals;

import health.staffing.base.AuditLog;
import health.staffing.base.ClusterLock;
import health.staffing.requisitions.RequisitionKind;
import health.staffing.security.AppRoles;
import health.staffing.security.SystemActor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the default chain of every kind that has none yet (decision 5), in every profile, so a
 * new installation can route its first submission. Chains an administrator edited are left alone.
 * Instances starting together take turns ({@link ClusterLock}): the second finds the chains made.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DefaultApprovalChains implements ApplicationRunner {

    static final BigDecimal HIGH_SALARY = new BigDecimal("350000");

    static final Map<RequisitionKind, List<ChainStep>> DEFAULTS = Map.of(
            RequisitionKind.NEW_POSITION, List.of(
                    ChainStep.role("Finance review", AppRoles.FINANCE),
                    ChainStep.role("CMO sign-off — high salary", AppRoles.CMO_OFFICE).above(HIGH_SALARY),
                    ChainStep.role("CMO office approval", AppRoles.CMO_OFFICE)),
            RequisitionKind.REPLACEMENT, List.of(
                    ChainStep.role("Finance — high salary review", AppRoles.FINANCE).above(HIGH_SALARY),
                    ChainStep.role("CMO office approval", AppRoles.CMO_OFFICE)));

    private final ApprovalChainRepository chains;
    private final AuditLog auditLog;
    private final ClusterLock lock;

    DefaultApprovalChains(ApprovalChainRepository chains, AuditLog auditLog, ClusterLock lock) {
        this.chains = chains;
        this.auditLog = auditLog;
        this.lock = lock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> lock.run("default-approval-chains", () -> {
            for (RequisitionKind kind : RequisitionKind.values()) {
                if (chains.findByKind(kind).isEmpty()) {
                    List<ChainStep> steps = Objects.requireNonNull(DEFAULTS.get(kind), "a default for every kind");
                    ApprovalChain chain = chains.save(new ApprovalChain(kind, steps));
                    auditLog.record(ApprovalChainService.AUDIT_TYPE, chain.getId(), "Default approval chain created",
                            null, chain.describe());
                }
            }
        }));
    }
}
