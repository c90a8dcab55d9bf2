package health.staffing.security;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Honest HTTP answers for page addresses. Vaadin serves its start page with 200 for any path and
 * decides in the browser's first round trip what to show, so a script or a monitor could not tell an
 * unknown or forbidden address from a page. Running after Spring Security (so it knows who is signed
 * in), this filter looks the address up in Vaadin's route registry first: an unknown page answers
 * 404 and a page the person's roles do not open 403, both still showing the portal's "not available"
 * page. Requests of the running application (UIDL, heartbeats, resources), of the SCIM API and of the
 * operations endpoints pass untouched; anonymous
 * visitors were already sent to sign in.
 */
class PageStatusFilter extends OncePerRequestFilter {

    private final AccessAnnotationChecker access;

    PageStatusFilter(AccessAnnotationChecker access) {
        this.access = access;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isPageLoad(request, path)) {
            chain.doFilter(request, response);
            return;
        }
        NavigationRouteTarget target = ApplicationRouteRegistry.getInstance(new VaadinServletContext(getServletContext()))
                .getNavigationRouteTarget(path.startsWith("/") ? path.substring(1) : path);
        if (!target.hasTarget()) {
            chain.doFilter(request, new FixedStatus(response, HttpServletResponse.SC_NOT_FOUND));
        } else if (!access.hasAccess(target.getRouteTarget().getTarget(), request)) {
            chain.doFilter(request, new FixedStatus(response, HttpServletResponse.SC_FORBIDDEN));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** A browser (or a script) opening an address, not the running application or a resource. */
    private static boolean isPageLoad(HttpServletRequest request, String path) {
        if (!"GET".equals(request.getMethod()) || request.getParameter("v-r") != null) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".") && !path.startsWith("/VAADIN/") && !path.startsWith("/HEARTBEAT")
                && !path.startsWith("/scim/") // the provisioning API answers its own statuses
                && !path.startsWith("/actuator/"); // so do the operations endpoints (health, metrics)
    }

    /** Keeps the chosen status whatever the page handler sets for a normal page. */
    private static final class FixedStatus extends HttpServletResponseWrapper {

        private final int status;

        FixedStatus(HttpServletResponse response, int status) {
            super(response);
            this.status = status;
            super.setStatus(status);
        }

        @Override
        public void setStatus(int ignored) {
            super.setStatus(status);
        }
    }
}
