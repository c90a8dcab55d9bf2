package health.staffing.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.base.AuditLog;
import health.staffing.base.ui.component.ExportLinks;
import health.staffing.base.ui.component.Panel;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One panel of the dashboard: a title, what it counts, a chart when it helps, the table (the chart's
 * text alternative, its cells linked to the records) and the table's export as CSV or Excel with the
 * rows and columns shown, named after the dashboard's filter and audited like every export.
 */
final class Block {

    private final AuditLog auditLog;
    private final Clock clock;
    private final QueryParameters filter;

    Block(AuditLog auditLog, Clock clock, QueryParameters filter) {
        this.auditLog = auditLog;
        this.clock = clock;
        this.filter = filter;
    }

    <T> Panel table(String id, String title, @Nullable String description, @Nullable Component chart,
            List<FigureColumn<T>> columns, List<T> rows, String emptyText) {
        Panel panel = Panel.described(title, description);
        panel.setId("panel-" + id);
        panel.addClassName("dashboard-panel");
        if (chart != null && !rows.isEmpty()) {
            panel.add(chart);
        }
        Div scroll = new Div(FigureTable.of(title, columns, rows, emptyText));
        scroll.addClassName("figure-table-scroll");
        panel.add(scroll);
        if (!rows.isEmpty()) {
            List<health.staffing.base.export.ExportColumn<T>> exported = columns.stream().map(FigureColumn::export)
                    .toList();
            panel.add(new ExportLinks<>("dashboard-" + id, () -> ExportLinks.Source.of(filter, exported,
                    (number, size) -> page(rows, number, size)), auditLog, clock));
        }
        return panel;
    }

    /** A page of rows already read: the dashboard's tables are short. */
    private static <T> List<T> page(List<T> rows, int number, int size) {
        long first = (long) number * size;
        if (first >= rows.size()) {
            return List.of();
        }
        return rows.subList((int) first, (int) Math.min(rows.size(), first + size));
    }
}
