package health.staffing.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.security.SystemActor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two reviewers submit their scorecards of one application at the same moment, each in its own
 * transaction on its own thread: the application's mean and count include both (the second waits
 * for the first's lock on the application and then counts it), on H2 and PostgreSQL. Commits, so it
 * removes what it made.
 */
@DatabaseTest
class ScorecardConcurrencyIT {

    @Autowired
    ApplicationService applications;
    @Autowired
    ScorecardService scorecards;
    @Autowired
    JdbcClient jdbc;

    private Long applicationId;

    @Test
    void two_reviewers_submitting_at_once_are_both_counted_in_the_mean() throws Exception {
        applicationId = As.user("caregiver", () -> applications.apply("102619", ApplicationServiceIT.form())).id();
        As.user("recruiter", () -> scorecards.assign(List.of(applicationId), "reviewer"));
        As.user("recruiter", () -> scorecards.assign(List.of(applicationId), "cmo"));
        Map<String, Integer> ratings = Map.of("reviewer", 5, "cmo", 2);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ReviewScorecard>> submitted = new ArrayList<>();
            for (Map.Entry<String, Integer> reviewer : ratings.entrySet()) {
                ReviewerPage page = As.user(reviewer.getKey(), () -> scorecards.reviewerPage(applicationId));
                ScorecardEntry entry = new ScorecardEntry(page.criteria().stream()
                        .map(criterion -> new CriterionRating(criterion, reviewer.getValue(), null)).toList(),
                        reviewer.getValue() > 3 ? Recommendation.YES : Recommendation.NO);
                Callable<ReviewScorecard> submit = () -> {
                    As.signIn(reviewer.getKey());
                    try {
                        start.await();
                        return scorecards.submit(applicationId, page.mine().version(), entry);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                submitted.add(pool.submit(submit));
            }
            start.countDown();
            for (Future<ReviewScorecard> result : submitted) {
                assertThat(result.get(60, TimeUnit.SECONDS).submitted()).isTrue();
            }
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
            for (String table : List.of("application_document", "application_degree", "application_board_certification",
                    "application_license", "application_stage_change")) {
                jdbc.sql("delete from " + table + " where application_id = :id").param("id", applicationId).update();
            }
            jdbc.sql("delete from job_application where id = :id").param("id", applicationId).update();
            jdbc.sql("delete from audit_event where application_id = :id").param("id", applicationId).update();
            jdbc.sql("delete from notification where link = :link").param("link", "reviews/" + applicationId).update();
        });
    }
}
