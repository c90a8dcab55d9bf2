package health.staffing.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class UniqueKeysTest {

    @Test
    void only_the_named_unique_key_counts_as_its_violation() {
        DataIntegrityViolationException twice = new DataIntegrityViolationException("insert", new ConstraintViolationException(
                "duplicate", new SQLException("Unique index or primary key violation", "23505"),
                "PUBLIC.JOB_APPLICATION_UK_INDEX_5"));
        DataIntegrityViolationException tooLong = new DataIntegrityViolationException("insert", new DataException(
                "Value too long for column \"SPECIALTY CHARACTER VARYING(200)\"", new SQLException("too long", "22001")));

        assertThat(UniqueKeys.violated(twice, "job_application_uk")).isTrue();
        assertThat(UniqueKeys.violated(twice, "candidate_email_uk")).isFalse();
        assertThat(UniqueKeys.violated(tooLong, "job_application_uk")).isFalse();
    }
}
