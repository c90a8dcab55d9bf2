package health.staffing.candidates;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Removes an application and everything that hangs off it, so a trial can apply again. */
public final class TestApplications {

    private static final List<String> CHILDREN = List.of("application_degree", "application_board_certification",
            "application_license", "application_stage_change", "application_document");

    private TestApplications() {
    }

    public static void delete(JdbcClient jdbc, long application) {
        for (String table : CHILDREN) {
            jdbc.sql("delete from " + table + " where application_id = :id").param("id", application).update();
        }
        jdbc.sql("delete from job_application where id = :id").param("id", application).update();
    }
}
