package health.staffing.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Request times per screen: Vaadin sends every click of every screen to one address, so the servlet's
 * own timer ({@code http.server.requests}) cannot tell the candidate grid from the org chart. This one,
 * {@code portal.ui.requests}, is tagged with the route of the screen the request was for (its template,
 * such as {@code candidates/:id}, so ids do not multiply the series), the kind of request ({@code uidl}
 * for a round trip, {@code heartbeat}, {@code page} for a page load) and whether it failed.
 */
@org.springframework.stereotype.Component
class ViewRequestTimings implements VaadinServiceInitListener {

    private static final String STARTED = ViewRequestTimings.class.getName() + ".started";
    private static final String FAILED = ViewRequestTimings.class.getName() + ".failed";

    private final MeterRegistry meters;

    ViewRequestTimings(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new Interceptor(meters));
    }

    private record Interceptor(MeterRegistry meters) implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            request.setAttribute(STARTED, System.nanoTime());
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                Exception exception) {
            request.setAttribute(FAILED, Boolean.TRUE);
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, @Nullable VaadinSession session) {
            if (!(request.getAttribute(STARTED) instanceof Long started)) {
                return;
            }
            long nanos = System.nanoTime() - started;
            String type = request.getParameter("v-r");
            Timer.builder("portal.ui.requests")
                    .tag("route", route(request, session))
                    .tag("type", type == null ? "page" : type)
                    .tag("outcome", request.getAttribute(FAILED) == null ? "ok" : "error")
                    .description("Vaadin requests (round trips, heartbeats, page loads) per screen")
                    .register(meters)
                    .record(nanos, TimeUnit.NANOSECONDS);
        }

        private static String route(VaadinRequest request, @Nullable VaadinSession session) {
            String uiId = request.getParameter("v-uiId");
            if (session == null || uiId == null || !uiId.chars().allMatch(Character::isDigit) || uiId.length() > 9) {
                return "none";
            }
            session.lock();
            try {
                UI ui = session.getUIById(Integer.parseInt(uiId));
                if (ui == null) {
                    return "none";
                }
                List<?> chain = ui.getInternals().getActiveRouterTargetsChain();
                return chain.isEmpty() ? "none" : template((Component) chain.getFirst());
            } finally {
                session.unlock();
            }
        }

        private static String template(Component view) {
            Route route = view.getClass().getAnnotation(Route.class);
            return route == null ? view.getClass().getSimpleName() : "/" + route.value();
        }
    }
}
