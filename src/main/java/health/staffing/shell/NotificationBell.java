package health.staffing.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import com.vaadin.flow.shared.Registration;
import health.staffing.base.Dates;
import health.staffing.notifications.NotificationItem;
import health.staffing.notifications.NotificationService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The bell in the navigation bar: how many notifications are unread, and on click the latest
 * ones (unread in bold); opening one marks it read and goes where it points. The count is
 * re-read on every navigation and whenever a view calls {@link #refresh()}.
 */
public final class NotificationBell extends Div {

    static final int SHOWN = 10;
    private static final int SNIPPET = 120;

    private final NotificationService notifications;
    private final Clock clock;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    /** Built at the first click on the bell: most pages are left without opening it (issue 17). */
    private @Nullable Popover popover;
    private final Div list = new Div();
    private @Nullable Button markAllRead;
    private @Nullable Registration refreshRegistration;

    NotificationBell(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
        addClassName("notification-bell");

        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(click -> showList());
        count.addClassName("notification-count");
        count.getElement().setAttribute("aria-hidden", "true");
        bell.getElement().setAttribute("title", "Notifications"); // a tooltip component per page is memory (issue 17)
        add(bell, count);
        // The count is read after each navigation (MainLayout), not here: that would read it twice.
    }

    private Popover popover() {
        Popover existing = popover;
        if (existing != null) {
            return existing;
        }
        Span title = new Span("Notifications");
        title.addClassName("notification-popover-title");
        Button markAllRead = new Button("Mark all read");
        markAllRead.setId("notifications-mark-all-read");
        markAllRead.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        markAllRead.addClickListener(click -> {
            notifications.markAllRead();
            refreshCount();
            showList();
        });
        Div header = new Div(title, markAllRead);
        header.addClassName("notification-popover-header");
        list.addClassName("notification-list");

        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addThemeVariants(PopoverVariant.ARROW);
        popover.setAriaLabel("Notifications");
        popover.addClassName("notification-popover");
        popover.setWidth("min(24rem, 90vw)");
        popover.add(header, list);
        // The rows are built when the list opens and dropped when it closes: ten rows of elements kept
        // in every session that once looked at its notifications would be memory nobody sees (issue 17).
        popover.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                list.removeAll();
            }
        });
        add(popover);
        // The browser met the click before the popover was there: open it this once.
        popover.open();
        this.popover = popover;
        this.markAllRead = markAllRead;
        return popover;
    }

    /**
     * Re-reads the unread count of the bell in the current browser tab, for a view that has just
     * done what a notification asked (decided an approval, say). Does nothing outside a UI.
     */
    public static void refresh() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new RefreshRequested(ui));
        }
    }

    void refreshCount() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel("Notifications, " + (unread == 0 ? "none" : Long.toString(unread)) + " unread");
        if (markAllRead != null) {
            markAllRead.setEnabled(unread > 0);
        }
    }

    private void showList() {
        popover();
        List<NotificationItem> items = notifications.recent(SHOWN);
        Instant now = clock.instant();
        list.removeAll();
        if (items.isEmpty()) {
            Span empty = new Span("No notifications yet.");
            empty.addClassName("notification-empty");
            list.add(empty);
        }
        items.forEach(item -> list.add(row(item, now)));
        refreshCount();
    }

    private Component row(NotificationItem item, Instant now) {
        Span subject = new Span(item.subject());
        subject.addClassName("notification-subject");
        Span snippet = new Span(snippet(item.body()));
        snippet.addClassName("notification-snippet");
        Span when = new Span(ago(item.createdAt(), now, clock.getZone()));
        when.addClassName("notification-time");
        Div row = new Div(subject, snippet, when);
        row.addClassName("notification-item");
        if (!item.read()) {
            row.addClassName("unread");
        }
        row.getElement().setAttribute("role", "button").setAttribute("tabindex", "0");
        row.addClickListener(click -> open(item));
        Shortcuts.addShortcutListener(row, () -> open(item), Key.ENTER).listenOn(row);
        return row;
    }

    private void open(NotificationItem item) {
        notifications.markRead(item.id());
        popover().close();
        refreshCount();
        if (item.link() != null) {
            getUI().ifPresent(ui -> ui.navigate(item.link()));
        }
    }

    static String snippet(String body) {
        String oneLine = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= SNIPPET ? oneLine : oneLine.substring(0, SNIPPET - 1).stripTrailing() + "…";
    }

    /** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then the day. */
    static String ago(Instant then, Instant now, ZoneId zone) {
        Duration age = Duration.between(then, now);
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h ago";
        }
        if (age.toDays() < 2) {
            return "yesterday";
        }
        if (age.toDays() < 7) {
            return age.toDays() + " days ago";
        }
        return Dates.day(then);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refreshRegistration = ComponentUtil.addListener(event.getUI(), RefreshRequested.class, e -> refreshCount());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (refreshRegistration != null) {
            refreshRegistration.remove();
            refreshRegistration = null;
        }
    }

    static final class RefreshRequested extends ComponentEvent<UI> {
        RefreshRequested(UI source) {
            super(source, false);
        }
    }
}
