package health.staffing.requisitions;

import health.staffing.base.DomainException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The pay-transparency rule where a job is, read from the table of laws (V24) for today. The
 * requisition form shows it as soon as the location is typed; submitting for approval and
 * publishing both refuse a range it does not allow, so approvers never approve a range that
 * publishing would then refuse.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PayTransparencyService {

    private final JdbcClient jdbc;
    private final PayTransparencyPolicy policy;
    private final Clock clock;

    PayTransparencyService(JdbcClient jdbc, PayTransparencyPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** The laws (or the health system's policy) that apply today at a location, most specific first. */
    public List<String> rulesAt(@Nullable String city, @Nullable String state) {
        return policy.rulesAt(lawsOf(state), city, state, LocalDate.now(clock));
    }

    /** The line the requisition form shows under the salary range for a location. */
    public String requirementAt(@Nullable String city, @Nullable String state) {
        return policy.requirement(rulesAt(city, state));
    }

    /** What is wrong with a range at a location today; empty when it may be posted. */
    public List<String> problems(@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String city,
            @Nullable String state) {
        return policy.problems(min, max, rulesAt(city, state));
    }

    /** Refuses the step ("submit", "publish") with the first problem, naming the law. */
    void require(String step, @Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String city,
            @Nullable String state) {
        List<String> problems = problems(min, max, city, state);
        if (!problems.isEmpty()) {
            throw new DomainException("Cannot " + step + ". " + problems.getFirst());
        }
    }

    private List<PayTransparencyLaw> lawsOf(@Nullable String state) {
        if (state == null || state.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                select jurisdiction, state, cities, citation, min_employees, effective_from, effective_to
                  from pay_transparency_law where state = :state""")
                .param("state", state.strip().toUpperCase(Locale.ROOT))
                .query((rs, row) -> new PayTransparencyLaw(rs.getString("jurisdiction"), rs.getString("state"),
                        PayTransparencyLaw.citiesFrom(rs.getString("cities")), rs.getString("citation"),
                        rs.getInt("min_employees"), rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class)))
                .list();
    }
}
