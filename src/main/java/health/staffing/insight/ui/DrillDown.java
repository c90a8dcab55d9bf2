package health.staffing.insight.ui;

import health.staffing.insight.DashboardFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The addresses a figure opens: the requisition grid, the candidate grid or the approval history with the
 * dashboard's filter carried over in their own parameters (entity, department, category; for candidates
 * the period submitted, for approvals the period decided), plus what the figure itself stands for (a
 * status, a stage, a source, a step, a decision).
 */
final class DrillDown {

    private final DashboardFilter filter;

    DrillDown(DashboardFilter filter) {
        this.filter = filter;
    }

    /** The requisition grid, narrowed as the dashboard is, with {@code more} ("status", "POSTED"). */
    String requisitions(String... more) {
        Map<String, String> parameters = narrowing();
        put(parameters, more);
        return address("requisitions", parameters);
    }

    /** The candidate grid for applications submitted in the period, narrowed as the dashboard is. */
    String candidates(String... more) {
        Map<String, String> parameters = narrowing();
        parameters.put("from", filter.from().toString());
        parameters.put("to", filter.to().toString());
        put(parameters, more);
        return address("candidates", parameters);
    }

    /** The approval history for decisions made in the period, narrowed as the dashboard is. */
    String approvals(String... more) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", filter.from().toString());
        parameters.put("to", filter.to().toString());
        parameters.putAll(narrowing());
        put(parameters, more);
        return address("approval-history", parameters);
    }

    /** A seat in the org chart, selected. */
    static String seat(String organisationCode, String code) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("org", organisationCode);
        parameters.put("position", code);
        return address("org-chart", parameters);
    }

    private Map<String, String> narrowing() {
        Map<String, String> parameters = new LinkedHashMap<>();
        putIfSet(parameters, "org", filter.organisationCode());
        putIfSet(parameters, "dept", filter.department());
        putIfSet(parameters, "cat", filter.category());
        return parameters;
    }

    private static void put(Map<String, String> parameters, String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
    }

    private static void putIfSet(Map<String, String> parameters, String key, @Nullable String value) {
        if (value != null) {
            parameters.put(key, value);
        }
    }

    /** The parameters in the order given (Vaadin's own query string does not keep it), encoded. */
    private static String address(String route, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? route : route + "?" + query;
    }
}
