package health.staffing.requisitions;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.lang.Contract;

/** The grid's filters as one query; the row rule is always part of it, never left to the screen. */
final class RequisitionSpecifications {

    private RequisitionSpecifications() {
    }

    /** Who is looking: HR, finance and the CMO office see all; others only their own. */
    record Viewer(String username, boolean seesAll) {
    }

    static Specification<Requisition> matching(RequisitionFilter filter, Viewer viewer, Clock clock) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!viewer.seesAll()) {
                String me = viewer.username() == null ? "" : viewer.username();
                where.add(cb.or(cb.equal(root.get("requestedBy"), me), cb.equal(root.get("hiringManager"), me)));
            }
            if (filter.statuses() != null && !filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (hasText(filter.organisationCode())) {
                where.add(cb.equal(root.get("organisationCode"), filter.organisationCode()));
            }
            if (hasText(filter.department())) {
                where.add(cb.like(cb.lower(root.get("department")), "%" + filter.department().trim().toLowerCase() + "%"));
            }
            if (hasText(filter.category())) {
                where.add(cb.like(cb.lower(root.get("category")), "%" + filter.category().trim().toLowerCase() + "%"));
            }
            if (hasText(filter.recruiter())) {
                where.add(cb.equal(root.get("recruiter"), filter.recruiter()));
            }
            if (hasText(filter.hiringManager())) {
                where.add(cb.equal(root.get("hiringManager"), filter.hiringManager()));
            }
            Instant now = Instant.now(clock);
            if (filter.minAgeDays() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("createdAt"), now.minus(filter.minAgeDays(), ChronoUnit.DAYS)));
            }
            if (filter.maxAgeDays() != null) {
                where.add(cb.greaterThan(root.get("createdAt"), now.minus(filter.maxAgeDays() + 1L, ChronoUnit.DAYS)));
            }
            if (hasText(filter.text())) {
                String text = "%" + filter.text().trim().toLowerCase() + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("title")), text), cb.like(root.get("reference"), text)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    @Contract("null -> false")
    private static boolean hasText(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
