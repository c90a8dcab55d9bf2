package health.staffing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL execution ({@code portal.test.database=postgres}), runs database tests only when
 * the server answers; on H2 it always runs them.
 */
class PostgresAvailability implements ExecutionCondition {

    private static volatile ConditionEvaluationResult cached;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgres".equals(System.getProperty("portal.test.database"))) {
            return ConditionEvaluationResult.enabled("H2");
        }
        if (cached == null) {
            cached = probe();
        }
        return cached;
    }

    private static ConditionEvaluationResult probe() {
        String url = System.getProperty("spring.datasource.url");
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password"))) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + url);
        } catch (SQLException unreachable) {
            return RequiredInfrastructure.unavailable("PostgreSQL does not answer at " + url + ": " + unreachable.getMessage());
        }
    }
}
