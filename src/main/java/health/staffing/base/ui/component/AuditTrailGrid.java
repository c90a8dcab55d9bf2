package health.staffing.base.ui.component;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.Dates;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;

/** The audit trail, newest first, loaded lazily page by page. */
public class AuditTrailGrid extends Grid<AuditEvent> {

    /** @param withBeforeState also show the record id and the state before the change */
    public AuditTrailGrid(AuditLog auditLog, boolean withBeforeState) {
        this(auditLog::recent, withBeforeState);
    }

    /** The changes {@code source} returns page by page, e.g. one record's history. */
    public AuditTrailGrid(Function<Pageable, List<AuditEvent>> source, boolean withBeforeState) {
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

    /** "INCUMBENT_ASSIGNED" reads as "Incumbent assigned". */
    static String humanise(String action) {
        String words = action.replace('_', ' ').toLowerCase();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
