package health.staffing.candidates;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Removes an application and everything that hangs off it, so a trial can apply again; the tally forgets it. */
public final class TestApplications {

    private static final List<String> CHILDREN = List.of("application_degree", "application_board_certification",
            "application_license", "application_stage_change", "application_document");

    private TestApplications() {
    }

    public static void delete(JdbcClient jdbc, long application) {
        Long requisition = jdbc.sql("select requisition_id from job_application where id = :id").param("id", application)
                .query(Long.class).optional().orElse(null);
        for (String table : CHILDREN) {
            jdbc.sql("delete from " + table + " where application_id = :id").param("id", application).update();
        }
        jdbc.sql("delete from job_application where id = :id").param("id", application).update();
        if (requisition != null) {
            jdbc.sql("delete from application_tally where requisition_id = :requisition").param("requisition", requisition)
                    .update();
            for (String sql : ApplicationTally.rebuildRequisitionSql()) {
                jdbc.sql(sql).param("requisition", requisition).update();
            }
        }
    }
}
