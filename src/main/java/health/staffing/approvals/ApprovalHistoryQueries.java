package health.staffing.approvals;

import health.staffing.base.Dates;
import health.staffing.base.TextLimits;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The approval history's SQL: decided steps joined to their requisition (for its entity, department,
 * category and the row rule), one page at a time, newest decision first unless sorted otherwise.
 */
@Component
class ApprovalHistoryQueries {

    private static final String DAYS = "(extract(epoch from s.decided_at) - extract(epoch from s.activated_at)) / 86400.0";
    /** Grid sort keys and their columns; anything else is ignored. */
    private static final Map<String, String> SORTABLE = Map.of("reference", "r.reference", "step", "s.label",
            "decidedAt", "s.decided_at", "days", DAYS, "decision", "s.state");

    private final JdbcClient jdbc;

    ApprovalHistoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code ownOnly}: the user name whose requisitions (requested or hired for) are the only ones, or null for all. */
    List<ApprovalDecisionRow> page(ApprovalHistoryFilter filter, @Nullable String ownOnly, ZoneId zone, Pageable page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = "select s.id, s.requisition_id, r.reference, r.title, r.organisation_code, s.label,"
                + " s.decided_by_name, s.on_behalf_of_name, s.activated_at, s.decided_at, " + DAYS + " days,"
                + " s.state, s.comment from approval_step s join requisition r on r.id = s.requisition_id"
                + where(filter, ownOnly, zone, params) + orderBy(page.getSort())
                + " offset " + page.getOffset() + " rows fetch next " + page.getPageSize() + " rows only";
        return jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list();
    }

    long count(ApprovalHistoryFilter filter, @Nullable String ownOnly, ZoneId zone) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*) from approval_step s join requisition r on r.id = s.requisition_id"
                + where(filter, ownOnly, zone, params)).params(params).query(Long.class).single();
    }

    /** The labels of the steps decided so far, for the step filter. */
    List<String> stepLabels() {
        List<String> labels = new ArrayList<>();
        for (String label : jdbc.sql("select distinct label from approval_step where decided_at is not null"
                + " order by label").query(String.class).list()) {
            if (label != null) { // the column is not null; the driver's type says it may be
                labels.add(label);
            }
        }
        return labels;
    }

    private static String where(ApprovalHistoryFilter filter, @Nullable String ownOnly, ZoneId zone,
            Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        List<String> decisions = (filter.decisions().isEmpty() ? List.of(DecisionTaken.values())
                : List.copyOf(filter.decisions())).stream().map(Enum::name).sorted().toList();
        where.add("s.decided_at is not null and s.state in (:decisions)");
        params.put("decisions", decisions);
        if (ownOnly != null) {
            where.add("(r.requested_by = :me or r.hiring_manager = :me)");
            params.put("me", ownOnly);
        }
        if (filter.from() != null) {
            where.add("s.decided_at >= :from");
            params.put("from", Dates.startOf(filter.from(), zone));
        }
        if (filter.to() != null) {
            where.add("s.decided_at < :to");
            params.put("to", Dates.after(filter.to(), zone));
        }
        if (filter.organisationCode() != null) {
            where.add("r.organisation_code = :org");
            params.put("org", filter.organisationCode());
        }
        if (filter.department() != null) {
            where.add("lower(r.department) like :dept");
            params.put("dept", TextLimits.containing(filter.department()));
        }
        if (filter.category() != null) {
            where.add("lower(r.category) like :category");
            params.put("category", TextLimits.containing(filter.category()));
        }
        if (filter.step() != null) {
            where.add("s.label = :step");
            params.put("step", filter.step());
        }
        return " where " + String.join(" and ", where);
    }

    private static String orderBy(Sort sort) {
        List<String> order = new ArrayList<>();
        for (Sort.Order by : sort) {
            String column = SORTABLE.get(by.getProperty());
            if (column != null) {
                order.add(column + (by.isAscending() ? " asc" : " desc"));
            }
        }
        order.add("s.decided_at desc");
        order.add("s.id desc");
        return " order by " + String.join(", ", order);
    }

    private static ApprovalDecisionRow row(ResultSet rs) throws SQLException {
        double days = rs.getDouble("days");
        Double shown = rs.wasNull() ? null : days;
        return new ApprovalDecisionRow(rs.getLong("id"), rs.getLong("requisition_id"), rs.getString("reference"),
                rs.getString("title"), rs.getString("organisation_code"), rs.getString("label"),
                rs.getString("decided_by_name") == null ? "—" : rs.getString("decided_by_name"),
                rs.getString("on_behalf_of_name"), instant(rs.getTimestamp("activated_at")),
                java.util.Objects.requireNonNull(instant(rs.getTimestamp("decided_at")), "decided"), shown,
                DecisionTaken.valueOf(rs.getString("state")), rs.getString("comment"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
