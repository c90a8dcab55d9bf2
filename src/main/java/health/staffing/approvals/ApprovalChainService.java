package health.staffing.approvals;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import health.staffing.requisitions.RequisitionKind;
import health.staffing.security.AccountRules;
import health.staffing.security.AppRoles;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The approval chains per requisition kind. Only administrators read and change them. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ApprovalChainService {

    /** Thresholds are yearly salaries; this keeps them inside their numeric(12, 2) column. */
    static final BigDecimal MAX_THRESHOLD = new BigDecimal("10000000");
    /** The width of a step's label (approval_chain_step); its named approver is a user name. */
    public static final int MAX_LABEL = 100;

    static final String AUDIT_TYPE = "ApprovalChain";

    private final ApprovalChainRepository chains;
    private final UserAccountService accounts;
    private final AuditLog auditLog;

    ApprovalChainService(ApprovalChainRepository chains, UserAccountService accounts, AuditLog auditLog) {
        this.chains = chains;
        this.accounts = accounts;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public List<ApprovalChainView> chains() {
        return Arrays.stream(RequisitionKind.values()).map(this::chain).toList();
    }

    @Transactional(readOnly = true)
    public ApprovalChainView chain(RequisitionKind kind) {
        return chains.findByKind(kind).map(ApprovalChainService::toView)
                .orElseGet(() -> new ApprovalChainView(kind, -1, List.of()));
    }

    /**
     * Replaces the steps of a kind's chain. {@code expectedVersion} is the version the administrator
     * edited (-1 for a chain that did not exist); a chain changed meanwhile is refused, not overwritten.
     * Rounds already started keep their steps; the new chain applies to the next submission.
     */
    @Transactional
    public ApprovalChainView save(RequisitionKind kind, long expectedVersion, List<ChainStep> steps) {
        List<ChainStep> cleaned = validate(steps);
        ApprovalChain chain = chains.findByKind(kind).orElse(null);
        long current = chain == null ? -1 : chain.getVersion();
        if (current != expectedVersion) {
            throw new DomainException("The approval chain for " + kind.label().toLowerCase()
                    + " requisitions was changed by someone else — reload it and try again.");
        }
        String before = chain == null ? null : chain.describe();
        if (chain == null) {
            chain = new ApprovalChain(kind, cleaned);
        } else {
            chain.replaceSteps(cleaned);
        }
        chain = chains.saveAndFlush(chain);
        auditLog.record(AUDIT_TYPE, chain.getId(), "Approval chain changed: " + kind.label(), before, chain.describe());
        return toView(chain);
    }

    private List<ChainStep> validate(List<ChainStep> steps) {
        if (steps == null || steps.isEmpty()) {
            throw new DomainException("A chain needs at least one step.");
        }
        List<ChainStep> cleaned = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ChainStep step = steps.get(i);
            String where = "Step " + (i + 1);
            String label = step.label() == null ? "" : step.label().strip();
            if (label.isEmpty()) {
                throw new DomainException(where + " needs a label, such as \"Finance review\".");
            }
            TextLimits.require(where + ": the label", label, MAX_LABEL);
            String role = blankToNull(step.role());
            String username = blankToNull(step.username());
            if ((role == null) == (username == null)) {
                throw new DomainException(where + " (" + label + ") needs either a role or a named person, not both.");
            }
            if (role != null && !AppRoles.ALL.contains(role)) {
                throw new DomainException(where + " (" + label + "): unknown role " + role + ".");
            }
            if (username != null) {
                username = TextLimits.require(where + " (" + label + "): the user name", username, AccountRules.MAX_USERNAME)
                        .toLowerCase();
                if (accounts.findByUsername(username).filter(UserSummary::enabled).isEmpty()) {
                    throw new DomainException(where + " (" + label + ") names " + username
                            + ", but there is no active user with that name.");
                }
            }
            BigDecimal threshold = step.salaryAbove();
            if (threshold != null && threshold.signum() <= 0) {
                throw new DomainException(where + " (" + label + "): the salary threshold must be above zero.");
            }
            if (threshold != null && (threshold.compareTo(MAX_THRESHOLD) > 0 || threshold.stripTrailingZeros().scale() > 2)) {
                throw new DomainException(String.format("%s (%s): the salary threshold is a yearly amount up to $%,d"
                        + " with at most two cents digits.", where, label, MAX_THRESHOLD.longValue()));
            }
            cleaned.add(new ChainStep(label, role, username, threshold));
        }
        if (cleaned.getLast().conditional()) {
            throw new DomainException("A chain must end with a step that always applies: remove the salary"
                    + " condition of the last step or add an unconditional step after it.");
        }
        return cleaned;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ApprovalChainView toView(ApprovalChain chain) {
        return new ApprovalChainView(chain.kind(), chain.getVersion(), chain.steps());
    }
}
