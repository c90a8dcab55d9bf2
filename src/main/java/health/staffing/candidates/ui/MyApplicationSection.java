package health.staffing.candidates.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A part another sub-module adds to each card of "My applications" (the offer and its answer), so
 * the page shows what the caregiver may act on without knowing those sub-modules. Implementations are
 * stateless Spring beans; their order is the bean order.
 */
public interface MyApplicationSection {

    /**
     * Loads what the signed-in caregiver has once for the whole page and returns the part for each
     * application id (empty when there is nothing to show).
     *
     * @param onChange call after the caregiver acted here so the page reloads
     */
    LongFunction<Optional<Component>> forMyApplications(Runnable onChange);
}
