package health.staffing.base.ui.component;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import health.staffing.base.AuditLog;
import health.staffing.base.export.ExportColumn;
import health.staffing.base.export.ExportFormat;
import health.staffing.base.export.PagedRows;
import health.staffing.base.export.TableWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.data.domain.Sort;

/**
 * "Export: CSV · Excel" above a grid: each link streams the grid's rows under its current filter, read
 * page by page through the grid's own service (so the same row rules), with the grid's columns. The
 * file name carries what, the filter and the day ({@code requisitions-status-posted-2026-12-06.xlsx});
 * every export is audited with its row count.
 */
public class ExportLinks<T> extends Div {

    /**
     * What the export reads when it is clicked: the filter in a few words (for the file name) and in
     * full (for the audit trail), the columns shown, and the rows.
     */
    public record Source<T>(String filterWords, String filterDetail, List<ExportColumn<T>> columns, PagedRows<T> rows) {

        /** A grid filtered by the address {@code filter}: its query string names the file and the audit row. */
        public static <T> Source<T> of(QueryParameters filter, List<ExportColumn<T>> columns, PagedRows<T> rows) {
            String query = filter.getQueryString();
            return new Source<>(query, query, columns, rows);
        }
    }

    /** The grid's sort order as the services take it, so an export reads the rows in the order shown. */
    public static Sort sortOf(Grid<?> grid) {
        return Sort.by(grid.getSortOrder().stream().map(sort -> new Sort.Order(
                sort.getDirection() == SortDirection.ASCENDING ? Sort.Direction.ASC : Sort.Direction.DESC,
                sort.getSorted().getKey())).toList());
    }

    public ExportLinks(String what, Supplier<Source<T>> source, AuditLog auditLog, Clock clock) {
        this("Export:", what, source, auditLog, clock);
    }

    /** With its own words before the links ("Vacant seats:"). */
    public ExportLinks(String label, String what, Supplier<Source<T>> source, AuditLog auditLog, Clock clock) {
        addClassName("export-links");
        Span caption = new Span(VaadinIcon.DOWNLOAD_ALT.create(), new Span(label));
        caption.addClassName("export-label");
        add(caption);
        for (ExportFormat format : ExportFormat.values()) {
            Anchor link = new Anchor(handler(what, format, source, auditLog, clock), format.label());
            link.setId("export-" + what + "-" + format.extension());
            link.getElement().setAttribute("download", true);
            add(link);
        }
    }

    private static <T> DownloadHandler handler(String what, ExportFormat format, Supplier<Source<T>> source,
            AuditLog auditLog, Clock clock) {
        return event -> {
            // The grid's filter, order and columns are read under the session's lock; the rows are then
            // streamed without it, so a long export never freezes the person's other tabs.
            Source<T> read;
            VaadinSession session = event.getSession();
            session.lock();
            try {
                read = source.get();
            } finally {
                session.unlock();
            }
            String name = fileName(what, read.filterWords(), LocalDate.now(clock), format);
            event.setFileName(name);
            event.setContentType(format.contentType());
            long rows = TableWriter.write(format, read.columns(), read.rows(), clock.getZone(), event.getOutputStream());
            auditLog.recordExport(what, format.label() + ", " + rows
                    + (rows == 1 ? " row" : " rows") + ": " + name + (read.filterDetail().isBlank() ? ""
                            : " (" + read.filterDetail() + ")"));
        };
    }

    /** "requisitions-status-posted-org-mgb-2026-12-06.csv": lower case, letters, digits and dashes only. */
    public static String fileName(String what, String filterWords, LocalDate day, ExportFormat format) {
        String words = filterWords.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (words.length() > 80) {
            words = words.substring(0, 80).replaceAll("-$", "");
        }
        return what + (words.isEmpty() ? "" : "-" + words) + "-" + day + "." + format.extension();
    }
}
