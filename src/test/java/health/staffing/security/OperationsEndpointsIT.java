package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The operations endpoints as a load balancer, an orchestrator and Prometheus reach them: over plain
 * HTTP, without signing in and without creating a session; details only for administrators. Every
 * answer carries a request id that is also in the log lines of that request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class OperationsEndpointsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void liveness_and_readiness_answer_anyone_without_a_session() throws Exception {
        HttpResponse<String> live = get("/actuator/health/liveness", null);
        HttpResponse<String> ready = get("/actuator/health/readiness", null);

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"db\":{\"status\":\"UP\"}", "\"mailOutbox\":{\"status\":\"UP\"}");
        assertThat(ready.body()).as("details are for administrators").doesNotContain("pending");
        assertThat(live.headers().firstValue("Set-Cookie")).as("a probe creates no session").isEmpty();
        assertThat(ready.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void an_instance_that_is_starting_or_stopping_answers_503_so_the_load_balancer_sends_it_nobody()
            throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> ready = get("/actuator/health/readiness", null);

            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"OUT_OF_SERVICE\"");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);

        AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
        try {
            assertThat(get("/actuator/health/liveness", null).statusCode()).as("broken: restart me").isEqualTo(503);
        } finally {
            AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        }
    }

    @Test
    void an_administrator_sees_the_outbox_backlog_and_a_late_one_is_degraded_but_still_ready() throws Exception {
        jdbc.sql("""
                insert into mail_outbox (kind, recipient, subject, body, status, attempts, created_at, next_attempt_at)
                values ('NOTIFICATION', 'maya.okafor@staffing.example.org', 'Late', 'Text', 'PENDING', 3, ?, ?)
                """).params(Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)), Timestamp.from(Instant.now()))
                .update();
        try {
            HttpResponse<String> ready = get("/actuator/health/readiness", "admin");

            assertThat(ready.statusCode()).as("mail waits, the instance still serves").isEqualTo(200);
            assertThat(ready.body()).containsPattern("\"mailOutbox\":\\{\"details\":\\{\"pending\":[1-9][0-9]*,"
                    + "\"oldestWaitSeconds\":36[0-9][0-9],\"failed\":[0-9]+},[^}]*\"status\":\"DEGRADED\"}")
                    .endsWith("\"status\":\"DEGRADED\"}");
        } finally {
            jdbc.sql("delete from mail_outbox where subject = 'Late'").update();
        }
    }

    @Test
    void prometheus_reads_the_portals_metrics() throws Exception {
        get("/login", null); // a page load, so the request timers have something

        HttpResponse<String> metrics = get("/actuator/prometheus", null);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("portal_mail_outbox_pending", "portal_mail_outbox_oldest_wait_seconds",
                "portal_mail_dispatched_total", "http_server_requests_seconds_bucket", "jvm_memory_used_bytes",
                "hikaricp_connections_active", "tomcat_sessions_active_current_sessions");
    }

    @Test
    void every_answer_carries_a_request_id_and_a_proxys_sane_id_is_kept() throws Exception {
        HttpRequest fromProxy = HttpRequest.newBuilder(uri("/login")).header("X-Request-Id", "nginx-4f2a9c").build();
        HttpRequest forged = HttpRequest.newBuilder(uri("/login")).header("X-Request-Id", "x\" injected=1").build();

        assertThat(client.send(fromProxy, HttpResponse.BodyHandlers.discarding()).headers()
                .firstValue("X-Request-Id")).contains("nginx-4f2a9c");
        assertThat(client.send(forged, HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-Request-Id"))
                .get().asString().matches("[0-9a-f-]{36}");
        assertThat(RequestLogContext.requestId("a".repeat(65))).hasSize(36);
    }

    @Test
    void other_operations_endpoints_are_not_for_anyone() throws Exception {
        assertThat(get("/actuator/env", null).statusCode()).isIn(302, 401, 404);
        assertThat(get("/actuator/health", null).body()).contains("\"diskSpace\"").doesNotContain("\"details\"");
    }

    private HttpResponse<String> get(String path, String administrator) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (administrator != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (administrator + ":leadership-demo").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
