package health.staffing.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/**
 * The numeric id in a route ({@code requisitions/:id(\d+)}). The pattern lets any run of digits
 * through, so "99999999999999999999" must not become an exception page: an id that is no
 * {@code long} is simply not there.
 */
public final class RouteIds {

    private RouteIds() {
    }

    public static Optional<Long> of(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).flatMap(RouteIds::parse);
    }

    static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notALong) {
            return Optional.empty();
        }
    }
}
