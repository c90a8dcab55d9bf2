package health.staffing.requisitions;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Hands out stable job references ("102619") from a database sequence, so references never repeat
 * across application instances. The dialect writes the next-value SQL for H2 and PostgreSQL alike.
 */
@Component
class JobReferences {

    private final EntityManager entityManager;

    JobReferences(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    String next() {
        Session session = entityManager.unwrap(Session.class);
        String sql = session.getSessionFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getSequenceSupport().getSequenceNextValString("job_reference_seq");
        Number next = (Number) entityManager.createNativeQuery(sql).getSingleResult();
        return String.valueOf(next.longValue());
    }
}
