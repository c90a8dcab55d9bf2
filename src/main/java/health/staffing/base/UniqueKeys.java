package health.staffing.base;

import java.sql.SQLException;
import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Reads which constraint a refused write broke, so a service turns only the violation of the unique
 * key it expects (two submissions at once) into a business message; anything else — a value too
 * long for its column, a missing reference — stays an error for the error handler, never a false
 * "you already applied".
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /** Whether the failure is the violation of the named constraint (H2 and PostgreSQL name it alike). */
    public static boolean violated(DataIntegrityViolationException failure, String constraint) {
        String wanted = constraint.toLowerCase(Locale.ROOT);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
            if (cause.getMessage() != null && cause.getMessage().toLowerCase(Locale.ROOT).contains(wanted)
                    && cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE 23505, unique violation, on both databases. */
    private static boolean isUniqueViolation(SQLException sql) {
        return "23505".equals(sql.getSQLState());
    }
}
