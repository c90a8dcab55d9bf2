package health.staffing.base.ui.component;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.Dates;
import health.staffing.base.export.ExportColumn;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** The audit trail, newest first, loaded lazily page by page. */
public class AuditTrailGrid extends Grid<AuditEvent> {

    private final Function<Pageable, List<AuditEvent>> source;
    private final boolean withBeforeState;

    /** @param withBeforeState also show the record id and the state before the change */
    public AuditTrailGrid(AuditLog auditLog, boolean withBeforeState) {
        this(auditLog::recent, withBeforeState);
    }

    /** The changes {@code source} returns page by page, e.g. one record's history. */
    public AuditTrailGrid(Function<Pageable, List<AuditEvent>> source, boolean withBeforeState) {
        this.source = source;
        this.withBeforeState = withBeforeState;
        addColumn(e -> Dates.moment(e.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        addColumn(AuditEvent::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        if (withBeforeState) {
            addColumn(e -> e.entityType() + " " + e.entityId()).setHeader("Record").setAutoWidth(true).setFlexGrow(0);
            addColumn(e -> humanise(e.action())).setHeader("Action").setFlexGrow(1);
            addColumn(AuditEvent::before).setHeader("Before").setFlexGrow(1);
            addColumn(AuditEvent::after).setHeader("After").setFlexGrow(3);
        } else {
            addColumn(e -> humanise(e.action()) + " · " + e.entityType()).setHeader("What").setAutoWidth(true)
                    .setFlexGrow(0);
            addColumn(AuditEvent::after).setHeader("Details").setFlexGrow(3);
        }
        // Wrapped: a change is read in full (who it went to, the reason), never cut off at the column edge.
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setItems(query -> source.apply(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    /**
     * "Export: CSV · Excel" for this trail: the same events (the same source, so the same row rules), newest
     * first, with the grid's columns. {@code what} names the file ("audit-trail", "requisition-102619-history").
     */
    public ExportLinks<AuditEvent> exports(String what, AuditLog auditLog, Clock clock) {
        return new ExportLinks<>(what, () -> new ExportLinks.Source<>("", "", exportColumns(withBeforeState),
                (number, size) -> source.apply(PageRequest.of(number, size))), auditLog, clock);
    }

    static List<ExportColumn<AuditEvent>> exportColumns(boolean withBeforeState) {
        ExportColumn<AuditEvent> when = ExportColumn.of("When", AuditEvent::occurredAt);
        ExportColumn<AuditEvent> who = ExportColumn.of("Who", AuditEvent::actor);
        return withBeforeState
                ? List.of(when, who, ExportColumn.of("Record", e -> e.entityType() + " " + e.entityId()),
                        ExportColumn.of("Action", e -> humanise(e.action())), ExportColumn.of("Before", AuditEvent::before),
                        ExportColumn.of("After", AuditEvent::after))
                : List.of(when, who, ExportColumn.of("What", e -> humanise(e.action()) + " · " + e.entityType()),
                        ExportColumn.of("Details", AuditEvent::after));
    }

    /** "INCUMBENT_ASSIGNED" reads as "Incumbent assigned". */
    static String humanise(String action) {
        String words = action.replace('_', ' ').toLowerCase();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
