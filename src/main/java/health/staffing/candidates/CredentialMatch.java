package health.staffing.candidates;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;

/**
 * The grid's "credential match" filter on the two stored screening facts, the SQL twin of
 * {@link ScreeningCriteria#current}: today's outcome without re-reading any credential. Not
 * evaluated applications (null) match no outcome.
 */
final class CredentialMatch {

    private CredentialMatch() {
    }

    static Predicate predicate(CriterionOutcome outcome, Root<JobApplication> root, CriteriaBuilder cb, LocalDate today,
            LocalDate expiringUntil) {
        Path<Boolean> met = root.get("criteriaMet");
        Path<LocalDate> expires = root.get("credentialsExpireOn");
        return switch (outcome) {
            case NOT_MET -> cb.or(cb.isFalse(met), cb.lessThan(expires, today));
            case EXPIRING -> cb.and(cb.isTrue(met), cb.between(expires, today, expiringUntil));
            case MET -> cb.and(cb.isTrue(met), cb.or(cb.isNull(expires), cb.greaterThan(expires, expiringUntil)));
        };
    }
}
