package health.staffing.approvals;

import health.staffing.As;
import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.DatabaseTest;
import health.staffing.base.DomainException;
import health.staffing.requisitions.ApprovalTrail;
import health.staffing.requisitions.ApprovalTrailEntry;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two approvers decide the same step in two real, concurrent transactions: both read the waiting
 * step before either commits; the first commit wins, the second is refused with who decided, and
 * nothing of the winning decision is lost. Not rolled back: it needs real commits; the round ends
 * rejected, so nothing is left waiting for other tests.
 */
@DatabaseTest
class ApprovalConcurrencyIT {

    @Autowired
    ApprovalService approvals;
    @Autowired
    ApprovalStepRepository steps;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    ApprovalTrail trail;
    @Autowired
    TransactionTemplate transaction;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void two_approvers_deciding_the_same_step_at_once_one_wins_and_the_other_is_told_who() throws Exception {
        RequisitionDetails submitted = transaction.execute(status ->
                Requisitions.submit(requisitions, Requisitions.newPosition("340000")));
        long stepId = As.user("finance", () -> approvals.inbox(PageRequest.of(0, 100))).stream()
                .filter(item -> item.requisition().requisitionId() == submitted.id()).findFirst().orElseThrow().stepId();
        CyclicBarrier bothRead = new CyclicBarrier(2);
        CountDownLatch firstCommitted = new CountDownLatch(1);

        Future<String> first = threads.submit(decision("finance", new String[] {"FINANCE"}, () -> {
            try {
                transaction.executeWithoutResult(status -> {
                    long seen = steps.findById(stepId).orElseThrow().getVersion();
                    await(bothRead);
                    approvals.decide(stepId, seen, Decision.REJECT, "No budget in FY27");
                });
                return "decided";
            } finally {
                firstCommitted.countDown();
            }
        }));
        Future<String> second = threads.submit(decision("analyst", new String[] {"FINANCE"}, () -> {
            transaction.executeWithoutResult(status -> {
                long seen = steps.findById(stepId).orElseThrow().getVersion();
                await(bothRead);
                await(firstCommitted);
                approvals.decide(stepId, seen, Decision.APPROVE, null);
            });
            return "decided";
        }));

        assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo("decided");
        assertThat(second.get(60, TimeUnit.SECONDS))
                .isEqualTo("This step was decided by Chris Donnelly a moment ago.");
        ApprovalTrailEntry decided = trail.of(submitted.id()).getFirst();
        assertThat(decided.state()).isEqualTo("Rejected");
        assertThat(decided.decidedBy()).isEqualTo("Chris Donnelly");
        assertThat(decided.comment()).isEqualTo("No budget in FY27");
        assertThat(As.user("recruiter", () -> requisitions.details(submitted.id())).status())
                .isEqualTo(RequisitionStatus.REJECTED);
        assertThat(trail.of(submitted.id())).noneMatch(entry -> entry.state().equals("Waiting"));
    }

    /** Runs as the user on a worker thread; a refused decision answers with its message. */
    private static Callable<String> decision(String username, String[] roles, Callable<String> work) {
        return () -> As.user(username, roles, () -> {
            try {
                return work.call();
            } catch (DomainException refused) {
                return refused.getMessage();
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception interrupted) {
            throw new IllegalStateException("The other approver never read the step", interrupted);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The first decision never committed");
            }
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }
}
