package health.staffing.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The load benchmark's users (bench/load.sh) still find their way through today's screens: one journey of
 * each kind through Vaadin's client protocol against a real server, on a database of its own (the journeys
 * approve and move applications). When a screen changes a label or an id the benchmark relies on, this
 * fails here instead of in an hour-long run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class LoadDriverIT {

    @LocalServerPort
    int port;

    private final Recorder recorder = new Recorder();
    private final Journeys journeys = new Journeys(recorder, 0);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> "jdbc:h2:mem:load-driver;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    }

    private VaadinUser signedIn(String username, String route) {
        VaadinUser user = new VaadinUser(http, "http://127.0.0.1:" + port, username, recorder);
        user.signIn("leadership-demo");
        user.open("open " + route, route);
        return user;
    }

    @Test
    void a_caregiver_a_recruiter_and_an_approver_each_go_through_their_journey() {
        journeys.caregiver(signedIn("caregiver", "jobs"));
        journeys.recruiter(signedIn("recruiter", "candidates"));
        journeys.approver(signedIn("finance", "approvals"));

        assertThat(recorder.takeErrors()).isEmpty();
        assertThat(recorder.takeOutcomes()).containsEntry("recruiter: done", 1).containsEntry("approver: done", 1);
        assertThat(recorder.next()).containsKeys("search jobs", "filter jobs", "open a posting", "open my applications",
                "filter candidates", "open an application", "move a stage", "approve", "(grid confirms update)");
    }
}
