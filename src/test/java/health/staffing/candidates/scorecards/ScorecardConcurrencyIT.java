package health.staffing.candidates.scorecards;

import health.staffing.candidates.TestApplications;
import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.review.Recommendation;
import health.staffing.security.SystemActor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two reviewers submit their scorecards of one application at the same moment, each in its own
 * transaction on its own thread: the application's mean and count include both (the second waits
 * for the first's lock on the application and then counts it), on H2 and PostgreSQL. The first is
 * held open while the second runs, so the test fails whenever the lock is missing, not only when the
 * timing is unlucky. Commits, so it removes what it made.
 */
@DatabaseTest
class ScorecardConcurrencyIT {

    @Autowired
    ApplicationService applications;
    @Autowired
    ScorecardService scorecards;

    @Autowired
    ReviewerAssignmentService assignments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private Long applicationId;

    @Test
    void two_reviewers_submitting_at_once_are_both_counted_in_the_mean() throws Exception {
        applicationId = As.user("caregiver", () -> applications.apply("102619", ApplicationForms.complete())).id();
        As.user("recruiter", () -> assignments.assign(List.of(applicationId), "reviewer"));
        As.user("recruiter", () -> assignments.assign(List.of(applicationId), "cmo"));
        ScorecardEntry five = entryFor("reviewer", 5);
        ScorecardEntry two = entryFor("cmo", 2);
        long reviewerVersion = As.user("reviewer", () -> scorecards.reviewerPage(applicationId)).mine().version();
        long cmoVersion = As.user("cmo", () -> scorecards.reviewerPage(applicationId)).mine().version();

        // Dr. Raman's submission is made but not yet committed when the CMO submits on another thread.
        // Without the lock the CMO's mean would leave her uncommitted scorecard out, and hers the CMO's.
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<ReviewScorecard> cmo = new TransactionTemplate(transactions).execute(status -> {
                As.user("reviewer", () -> scorecards.submit(applicationId, reviewerVersion, five));
                Future<ReviewScorecard> second = pool.submit(() -> {
                    As.signIn("cmo");
                    try {
                        return scorecards.submit(applicationId, cmoVersion, two);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
                try {
                    second.get(2, TimeUnit.SECONDS); // with the lock it waits for this transaction instead
                } catch (TimeoutException waitingForTheLock) {
                    // expected: the commit below lets it go on
                } catch (InterruptedException | ExecutionException failed) {
                    throw new IllegalStateException(failed);
                }
                return second;
            });
            assertThat(cmo.get(60, TimeUnit.SECONDS).submitted()).isTrue();
        } finally {
            pool.shutdownNow();
        }

        Map<String, Object> stored = jdbc.sql("select score_avg, score_count from job_application where id = :id")
                .param("id", applicationId).query().singleRow();
        assertThat(((Number) stored.get("score_count")).intValue()).isEqualTo(2);
        assertThat(new BigDecimal(stored.get("score_avg").toString())).isEqualByComparingTo("3.50");
    }

    @AfterEach
    void remove_the_application() {
        if (applicationId == null) {
            return;
        }
        SystemActor.run(() -> {
            jdbc.sql("delete from scorecard_rating where scorecard_id in (select id from scorecard where application_id = :id)")
                    .param("id", applicationId).update();
            jdbc.sql("delete from scorecard where application_id = :id").param("id", applicationId).update();
            TestApplications.delete(jdbc, applicationId);
            jdbc.sql("delete from audit_event where application_id = :id").param("id", applicationId).update();
            jdbc.sql("delete from notification where link = :link").param("link", "reviews/" + applicationId).update();
        });
    }

    private ScorecardEntry entryFor(String reviewer, int rating) {
        ReviewerPage page = As.user(reviewer, () -> scorecards.reviewerPage(applicationId));
        return new ScorecardEntry(page.criteria().stream().map(criterion -> new CriterionRating(criterion, rating, null))
                .toList(), rating > 3 ? Recommendation.YES : Recommendation.NO);
    }
}
