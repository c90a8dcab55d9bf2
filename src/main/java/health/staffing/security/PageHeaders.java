package health.staffing.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The security headers on Vaadin's start page. Vaadin writes that page itself and sets its own
 * X-Frame-Options (SAMEORIGIN), so the headers Spring Security adds to every other response are set
 * here again, the same values, from {@link SecurityConfig}.
 */
@Component
class PageHeaders implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            var response = page.getVaadinResponse();
            response.setHeader("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY);
            if (page.getVaadinRequest().isSecure()) {
                response.setHeader("Strict-Transport-Security", SecurityConfig.STRICT_TRANSPORT_SECURITY);
            }
        });
    }
}
