package health.staffing.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.security.SystemActor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two recruiters add the same person to the same requisition at the same moment: the database keeps
 * one. Not transactional (each add commits on its own thread), so it removes what it added.
 */
@DatabaseTest
class ExternalCandidateConcurrencyIT {

    private static final String EMAIL = "race.condition@example.org";

    @Autowired
    ExternalCandidateService external;
    @Autowired
    PostingService postings;
    @Autowired
    JdbcClient jdbc;

    @Test
    void two_recruiters_adding_the_same_email_at_once_leave_one_application() throws Exception {
        PublishedPosting posting = SystemActor.call(() -> postings.livePostings("", PageRequest.of(0, 1))).getFirst();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Long>> results = new ArrayList<>();
        try {
            for (String email : List.of(EMAIL, EMAIL.toUpperCase())) {
                results.add(pool.submit(() -> {
                    As.signIn("recruiter");
                    try {
                        start.await();
                        return external.add(posting.reference(), new ExternalCandidateForm("Race", "Condition", email,
                                null, ApplicationForms.complete())).applicationId();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            int added = 0;
            List<Throwable> refused = new ArrayList<>();
            for (Future<Long> result : results) {
                try {
                    result.get(60, TimeUnit.SECONDS);
                    added++;
                } catch (java.util.concurrent.ExecutionException e) {
                    refused.add(e.getCause());
                }
            }

            assertThat(added).isEqualTo(1);
            assertThat(refused).singleElement().isInstanceOf(AlreadyACandidate.class);
            assertThat(jdbc.sql("select count(*) from job_application a join candidate c on c.id = a.candidate_id "
                    + "where c.email_key = :key").param("key", EMAIL).query(Long.class).single()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterEach
    void remove_what_the_race_added() {
        List<Long> applications = jdbc.sql("select a.id from job_application a join candidate c on c.id = a.candidate_id "
                + "where c.email_key = :key").param("key", EMAIL).query(Long.class).list();
        for (Long id : applications) {
            TestApplications.delete(jdbc, id);
            jdbc.sql("delete from audit_event where entity_type = 'JobApplication' and entity_id = :id")
                    .param("id", String.valueOf(id)).update();
        }
        jdbc.sql("delete from candidate where email_key = :key").param("key", EMAIL).update();
    }
}
