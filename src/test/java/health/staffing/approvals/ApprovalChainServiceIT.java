package health.staffing.approvals;

import health.staffing.As;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.DatabaseTest;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.requisitions.ApprovalTrail;
import health.staffing.requisitions.ApprovalTrailEntry;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionKind;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.AppRoles;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's chain editor behind the screen; every test rolls back. */
@DatabaseTest
@Transactional
class ApprovalChainServiceIT {

    @Autowired
    ApprovalChainService chains;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    ApprovalTrail trail;
    @Autowired
    AuditLog auditLog;

    @Test
    void the_default_chains_are_there_from_the_start() {
        List<ApprovalChainView> all = As.user("admin", chains::chains);

        assertThat(all).extracting(ApprovalChainView::kind).containsExactly(RequisitionKind.NEW_POSITION,
                RequisitionKind.REPLACEMENT);
        assertThat(all.get(0).steps()).extracting(ChainStep::label)
                .containsExactly("Finance review", "CMO sign-off — high salary", "CMO office approval");
        assertThat(all.get(1).steps()).extracting(ChainStep::conditionText)
                .containsExactly("Salary maximum above $350,000", "Always");
    }

    @Test
    void an_edited_chain_routes_the_next_submission_and_is_audited() {
        ApprovalChainView current = As.user("admin", () -> chains.chain(RequisitionKind.NEW_POSITION));
        List<ChainStep> edited = List.of(
                ChainStep.person("Chief medical officer sign-off", "cmo").above(new BigDecimal("250000")),
                ChainStep.role("Finance review", AppRoles.FINANCE),
                ChainStep.role("CMO office approval", AppRoles.CMO_OFFICE));

        ApprovalChainView saved = As.user("admin", () -> chains.save(RequisitionKind.NEW_POSITION, current.version(),
                edited));
        assertThat(saved.version()).isGreaterThan(current.version());
        assertThat(saved.steps()).isEqualTo(edited);

        RequisitionDetails submitted = Requisitions.submit(requisitions, Requisitions.newPosition("340000"));
        assertThat(trail.of(submitted.id())).extracting(ApprovalTrailEntry::step, ApprovalTrailEntry::approver,
                ApprovalTrailEntry::state).first().isEqualTo(
                        org.assertj.core.groups.Tuple.tuple("Chief medical officer sign-off", "Elena Marsh", "Waiting"));
        long chainId = idOf(RequisitionKind.NEW_POSITION);
        List<AuditEvent> history = As.user("admin", () -> auditLog.historyOf("ApprovalChain", chainId,
                PageRequest.of(0, 5)));
        assertThat(history).first().satisfies(event -> {
            assertThat(event.action()).isEqualTo("Approval chain changed: New position");
            assertThat(event.after()).contains("Chief medical officer sign-off [user cmo, salary maximum above $250,000]");
        });
    }

    @Test
    void a_chain_must_end_unconditionally_name_existing_users_and_not_overwrite_a_newer_edit() {
        ApprovalChainView current = As.user("admin", () -> chains.chain(RequisitionKind.REPLACEMENT));

        assertThatThrownBy(() -> As.user("admin", () -> chains.save(RequisitionKind.REPLACEMENT, current.version(),
                List.of(ChainStep.role("Finance — high salary review", AppRoles.FINANCE).above(new BigDecimal("1"))))))
                .isInstanceOf(DomainException.class).hasMessageContaining("must end with a step that always applies");
        assertThatThrownBy(() -> As.user("admin", () -> chains.save(RequisitionKind.REPLACEMENT, current.version(),
                List.of(ChainStep.person("Sign-off", "nobody")))))
                .hasMessage("Step 1 (Sign-off) names nobody, but there is no active user with that name.");
        assertThatThrownBy(() -> As.user("admin", () -> chains.save(RequisitionKind.REPLACEMENT, current.version(),
                List.of())))
                .hasMessage("A chain needs at least one step.");

        As.user("admin", () -> chains.save(RequisitionKind.REPLACEMENT, current.version(),
                List.of(ChainStep.role("CMO office approval", AppRoles.CMO_OFFICE))));
        assertThatThrownBy(() -> As.user("admin", () -> chains.save(RequisitionKind.REPLACEMENT, current.version(),
                List.of(ChainStep.role("Finance review", AppRoles.FINANCE)))))
                .hasMessageContaining("was changed by someone else");
    }

    @Test
    void only_administrators_see_or_change_chains() {
        assertThatThrownBy(() -> As.user("cmo", chains::chains)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("finance", () -> chains.save(RequisitionKind.REPLACEMENT, 0, List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    ApprovalChainRepository repository;

    private long idOf(RequisitionKind kind) {
        return repository.findByKind(kind).orElseThrow().getId();
    }
}
