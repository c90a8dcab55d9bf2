package health.staffing.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address and for a page the user may not open. Vaadin reports both as
 * "not found" on purpose, so the portal does not reveal which admin pages exist.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not available")
@PermitAll
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassNames("page", "not-found-view");
        add(VaadinIcon.LOCK.create(), new H2("This page is not available"),
                new Paragraph("The address does not exist, or your roles do not give you access to it. "
                        + "If you think you should have access, ask your HR administrator."),
                new Anchor("", "Back to home"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
