package health.staffing.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class AuditLogIT {

    @Autowired
    AuditLog auditLog;
    @Autowired
    TransactionTemplate transaction;

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void an_event_records_who_what_when_before_and_after() {
        transaction.executeWithoutResult(status -> {
            auditLog.record("Requisition", 4711, "SUBMITTED", "DRAFT", "PENDING_APPROVAL");

            AuditEvent event = auditLog.historyOf("Requisition", 4711, PageRequest.of(0, 1)).getFirst();
            assertThat(event.actor()).isEqualTo("recruiter");
            assertThat(event.action()).isEqualTo("SUBMITTED");
            assertThat(event.before()).isEqualTo("DRAFT");
            assertThat(event.after()).isEqualTo("PENDING_APPROVAL");
            assertThat(event.occurredAt()).isNotNull();
            status.setRollbackOnly();
        });
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void an_audit_event_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> auditLog.record("Requisition", 1, "SUBMITTED", null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_rolled_back_change_leaves_no_audit_event() {
        long before = auditLog.count();
        transaction.executeWithoutResult(status -> {
            auditLog.record("Requisition", 4712, "SUBMITTED", "DRAFT", "PENDING_APPROVAL");
            status.setRollbackOnly();
        });

        assertThat(auditLog.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void caregivers_do_not_read_the_audit_trail() {
        assertThatThrownBy(() -> auditLog.recent(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }
}
