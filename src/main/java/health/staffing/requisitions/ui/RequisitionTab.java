package health.staffing.requisitions.ui;

import com.vaadin.flow.component.Component;
import health.staffing.requisitions.RequisitionDetails;

/**
 * A tab of the requisition detail screen contributed by another part of the feature (the posting
 * editor), so the detail view does not grow with every concern. Implementations are stateless
 * Spring beans that build a fresh component per call.
 */
interface RequisitionTab {

    /** The {@code ?tab=} value that opens this tab directly. */
    String key();

    String label();

    boolean appliesTo(RequisitionDetails requisition);

    /** @param onChange call after a change that moves the requisition (e.g. publishing) so the screen reloads */
    Component content(RequisitionDetails requisition, Runnable onChange);
}
