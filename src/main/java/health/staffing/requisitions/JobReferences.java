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
    private final RequisitionRepository requisitions;

    JobReferences(EntityManager entityManager, RequisitionRepository requisitions) {
        this.entityManager = entityManager;
        this.requisitions = requisitions;
    }

    /** The next free reference; numbers already taken by imported requisitions are skipped. */
    String next() {
        String reference = nextFromSequence();
        while (requisitions.findByReference(reference).isPresent()) {
            reference = nextFromSequence();
        }
        return reference;
    }

    private String nextFromSequence() {
        Session session = entityManager.unwrap(Session.class);
        String sql = session.getSessionFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getSequenceSupport().getSequenceNextValString("job_reference_seq");
        Number next = (Number) entityManager.createNativeQuery(sql).getSingleResult();
        return String.valueOf(next.longValue());
    }
}
