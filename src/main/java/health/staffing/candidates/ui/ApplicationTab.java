package health.staffing.candidates.ui;

import com.vaadin.flow.component.Component;
import health.staffing.candidates.ApplicationDetail;

/**
 * A tab of the application detail screen (screening, scorecards, offer…), so the screen does not
 * grow with every concern. Implementations are stateless Spring beans that build a fresh component
 * per call; their order is the bean order ({@code @Order}).
 */
public interface ApplicationTab {

    /** The {@code ?tab=} value that opens this tab directly. */
    String key();

    String label();

    boolean appliesTo(ApplicationDetail application);

    /** @param onChange call after a change that moves the application so the screen reloads */
    Component content(ApplicationDetail application, Runnable onChange);
}
