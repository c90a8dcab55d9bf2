package health.staffing.requisitions;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.HiringRecord;
import health.staffing.security.CurrentUser;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Nobody acts on the hiring of a requisition on which they are themselves a candidate: not on its
 * candidates, its approval, its posting or the requisition itself. Every feature that acts on a
 * requisition asks here; each refusal is recorded in the audit trail (in a transaction of its own,
 * as the refused work rolls back). Without the candidates feature nobody is a candidate.
 */
@Component
public class ConflictOfInterest {

    public static final String AUDIT_ACTION = "REFUSED_CONFLICT_OF_INTEREST";

    private final ObjectProvider<Candidacies> candidacies;
    private final AuditLog auditLog;

    ConflictOfInterest(ObjectProvider<Candidacies> candidacies, AuditLog auditLog) {
        this.candidacies = candidacies;
        this.auditLog = auditLog;
    }

    /** The requisitions on which this person is a candidate. */
    public Set<Long> requisitionsOf(@Nullable String username) {
        Candidacies register = candidacies.getIfAvailable();
        return register == null || username == null ? Set.of() : register.requisitionsOf(username);
    }

    /** The requisitions on which the signed-in person is a candidate. */
    public Set<Long> ofCurrentUser() {
        return requisitionsOf(CurrentUser.username());
    }

    public boolean isCandidate(@Nullable String username, long requisitionId) {
        return requisitionsOf(username).contains(requisitionId);
    }

    /**
     * Refuses, with a message that says why, when the signed-in person is a candidate on the
     * requisition; {@code action} completes "you cannot …" ("move its applications").
     */
    public void check(long requisitionId, String reference, String action) {
        if (ofCurrentUser().contains(requisitionId)) {
            throw refuse(requisitionId, reference, action);
        }
    }

    /** Records the refused attempt and returns the exception to throw. */
    public DomainException refuse(long requisitionId, String reference, String action) {
        auditLog.recordRefusal(HiringRecord.ofRequisition(requisitionId), "Requisition", requisitionId, AUDIT_ACTION,
                CurrentUser.username() + " is a candidate for " + reference + " and tried to " + action);
        return new DomainException("You are a candidate for job " + reference + ", so you cannot " + action
                + " (conflict of interest). Follow your application under My applications.");
    }

    /** Records a refused attempt by the signed-in person; {@code attempt} completes "tried to …". */
    public void recordRefusal(long requisitionId, String reference, String attempt) {
        auditLog.recordRefusal(HiringRecord.ofRequisition(requisitionId), "Requisition", requisitionId, AUDIT_ACTION,
                CurrentUser.username() + " tried to " + attempt + " (" + reference + ")");
    }

    /** Records a refused attempt whose answer must stay "there is no such record" (a read by id). */
    public void recordHiddenRead(long requisitionId, String reference, String what) {
        auditLog.recordRefusal(HiringRecord.ofRequisition(requisitionId), "Requisition", requisitionId, AUDIT_ACTION,
                CurrentUser.username() + " is a candidate for " + reference + " and asked for " + what);
    }
}
