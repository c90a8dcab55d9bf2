package health.staffing.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.candidates.referrals.ReferralForm;
import health.staffing.candidates.referrals.ReferralService;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.security.UserAccountService;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tally the dashboard reads stays exactly what the applications and their moves add up to: after
 * applications, a referral, stage moves forward, a rejection and a withdrawal made through the services,
 * every row equals the one a rebuild from the rows computes. Runs on H2 and PostgreSQL; rolls back.
 */
@DatabaseTest
@Transactional
class ApplicationTallyIT {

    @Autowired
    ApplicationService applications;
    @Autowired
    ExternalCandidateService external;
    @Autowired
    ReferralService referrals;
    @Autowired
    StageService stages;
    @Autowired
    CandidateReviewService review;
    @Autowired
    UserAccountService accounts;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    ApplicationTallies tallies;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcClient jdbc;

    @Test
    void every_row_kept_by_the_services_equals_the_rebuild_from_the_applications_and_moves() {
        String quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        long jordanEmployee = As.user("recruiter", () -> accounts.employeeIdOf("caregiver")).orElseThrow();
        As.user("manager", () -> referrals.refer(quality, ReferralForm.colleague(jordanEmployee, "Led our QI program")));
        long jordan = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.complete())).id();
        long lena = As.user("recruiter", () -> external.addConfirmingNotADuplicate(quality, new ExternalCandidateForm(
                "Lena", "Marsh", "lena.marsh@example.org", null, ApplicationForms.cvOnly()))).applicationId();
        long omar = As.user("recruiter", () -> external.addConfirmingNotADuplicate(quality, new ExternalCandidateForm(
                "Omar", "Haddad", "omar.haddad@example.org", null, ApplicationForms.cvOnly()))).applicationId();
        for (ApplicationStage stage : List.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW)) {
            move(jordan, stage, null);
            move(lena, stage, null);
        }
        move(lena, ApplicationStage.REJECTED, "Another finalist fits the quality agenda better");
        move(omar, ApplicationStage.SCREENING, null);
        As.user("caregiver", () -> applications.withdraw(jordan, review(jordan), "Staying in my current role"));
        entityManager.flush();

        long requisition = jdbc.sql("select requisition_id from job_application where id = :id").param("id", jordan)
                .query(Long.class).single();
        List<Map<String, Object>> kept = rows(requisition);
        assertThat(kept).isNotEmpty();
        assertThat(kept.stream().mapToLong(row -> number(row, ApplicationTally.left(ApplicationStage.SCREENING)).longValue())
                .sum()).isGreaterThanOrEqualTo(2);
        tallies.rebuild();

        assertSameRows(kept, rows(requisition));
    }

    private void move(long application, ApplicationStage stage, String reason) {
        As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(application, review(application))), stage,
                reason));
    }

    private long review(long application) {
        return As.user("recruiter", () -> review.detail(application)).version();
    }

    private List<Map<String, Object>> rows(long requisition) {
        return jdbc.sql("select * from application_tally where requisition_id = :id order by span, period_start")
                .param("id", requisition).query().listOfRows().stream().map(row -> {
                    Map<String, Object> lower = new LinkedHashMap<>();
                    row.forEach((column, value) -> lower.put(column.toLowerCase(java.util.Locale.ROOT), value));
                    return lower;
                }).toList();
    }

    /** Counts equal; days equal to a second's worth (the database and Java round microseconds alike, nearly). */
    private static void assertSameRows(List<Map<String, Object>> kept, List<Map<String, Object>> rebuilt) {
        assertThat(kept).hasSameSizeAs(rebuilt);
        List<String> columns = new ArrayList<>(ApplicationTally.applicationColumns());
        columns.addAll(ApplicationTally.moveColumns());
        for (int i = 0; i < kept.size(); i++) {
            assertThat(kept.get(i).get("span")).isEqualTo(rebuilt.get(i).get("span"));
            assertThat(kept.get(i).get("period_start")).isEqualTo(rebuilt.get(i).get("period_start"));
            for (String column : columns) {
                double expected = number(rebuilt.get(i), column).doubleValue();
                assertThat(number(kept.get(i), column).doubleValue()).as(column).isCloseTo(expected,
                        org.assertj.core.data.Offset.offset(1.0 / 86_400));
            }
        }
    }

    private static Number number(Map<String, Object> row, String column) {
        return (Number) row.get(column);
    }
}
