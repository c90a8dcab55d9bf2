package health.staffing.approvals;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApprovalStepRepository extends JpaRepository<ApprovalStep, Long> {

    List<ApprovalStep> findByRequisitionIdOrderByRoundAscSequenceAsc(long requisitionId);

    List<ApprovalStep> findByRequestOrderBySequenceAsc(ApprovalRequest request);

    /** Open steps (pending or waiting) of a requisition's rounds, for superseding and withdrawing. */
    @Query("""
            select s from ApprovalStep s
            where s.requisitionId = :requisitionId and s.state in (health.staffing.approvals.StepState.PENDING, health.staffing.approvals.StepState.WAITING)
            order by s.round, s.sequence
            """)
    List<ApprovalStep> findOpen(long requisitionId);

    /**
     * Waiting steps for any of the roles or user names. Lists always hold at least one element
     * (callers add a sentinel): an empty IN list is not portable.
     */
    @Query("""
            select s from ApprovalStep s join fetch s.request
            where s.state = health.staffing.approvals.StepState.WAITING and (s.role in :roles or s.username in :usernames)
            order by s.activatedAt, s.id
            """)
    List<ApprovalStep> findWaitingFor(Collection<String> roles, Collection<String> usernames);

    boolean existsByRequisitionIdAndUsername(long requisitionId, String username);
}
