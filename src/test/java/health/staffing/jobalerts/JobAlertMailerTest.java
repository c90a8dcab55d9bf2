package health.staffing.jobalerts;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.base.mail.OutgoingMail;
import health.staffing.requisitions.SearchablePosting;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JobAlertMailerTest {

    private final JobAlertMailer mailer = new JobAlertMailer("https://staffing.example.org/");

    @Test
    void a_search_that_found_many_roles_lists_the_first_25_and_links_to_the_rest() {
        List<SearchablePosting> found = IntStream.rangeClosed(1, 40).mapToObj(JobAlertMailerTest::posting).toList();
        JobAlert alert = new JobAlert("caregiver", "jordan.ellis@staffing.example.org", "Jordan Ellis, MD",
                List.of(new JobAlert.Found("Everything", "token-1", Map.of("q", "medical director"), found)));

        OutgoingMail mail = mailer.mail(alert);

        assertThat(mail.kind()).isEqualTo(JobAlertMailer.KIND);
        assertThat(mail.to()).isEqualTo("jordan.ellis@staffing.example.org");
        assertThat(mail.subject()).isEqualTo("[Staffing Portal] 40 new roles match your saved search “Everything”");
        assertThat(mail.body()).contains("found 40 new roles", "Medical Director 25 (1025)",
                "https://staffing.example.org/jobs/1025", "… and 15 more on the job board.",
                "Every role this search finds: https://staffing.example.org/jobs?q=medical+director");
        assertThat(mail.body()).doesNotContain("Medical Director 26 (1026)");
        assertThat(mail.unsubscribe()).isEqualTo("https://staffing.example.org/job-alerts/unsubscribe/token-1");
    }

    @Test
    void a_search_with_few_roles_lists_them_all_without_a_remainder_line() {
        JobAlert alert = new JobAlert("caregiver", "jordan.ellis@staffing.example.org", "Jordan Ellis, MD",
                List.of(new JobAlert.Found("Quality", "token-2", Map.of(), List.of(posting(1), posting(2)))));

        String body = mailer.mail(alert).body();

        assertThat(body).contains("Medical Director 1 (1001)", "Medical Director 2 (1002)")
                .doesNotContain("more on the job board");
    }

    private static SearchablePosting posting(int n) {
        return new SearchablePosting(n, String.valueOf(1000 + n), "Medical Director " + n, "Somerville, MA",
                "$280,000 – $340,000", Instant.parse("2026-12-01T08:00:00Z"), Set.of(), null, null, null, null, null,
                null, null, List.of());
    }
}
