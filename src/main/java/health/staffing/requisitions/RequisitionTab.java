package health.staffing.requisitions;

import com.vaadin.flow.component.Component;

/**
 * A tab of the requisition detail screen contributed by another part of the feature (the posting
 * editor) or by another feature (the candidates), so the detail view does not grow with every concern. Implementations are stateless
 * Spring beans that build a fresh component per call.
 * <p>
 * Public so that features which depend on requisitions (candidates: the requisition's candidates)
 * can add a tab without requisitions depending on them; their order is the bean order
 * ({@code @Order}), and {@link #appliesTo} decides per viewer, so it must apply the contributing
 * feature's own row rule.
 */
public interface RequisitionTab {

    /** The {@code ?tab=} value that opens this tab directly. */
    String key();

    String label();

    boolean appliesTo(RequisitionDetails requisition);

    /** @param onChange call after a change that moves the requisition (e.g. publishing) so the screen reloads */
    Component content(RequisitionDetails requisition, Runnable onChange);
}
