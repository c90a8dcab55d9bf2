package health.staffing.orgchart.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import health.staffing.base.AuditEvent;
import health.staffing.base.Dates;
import health.staffing.base.Fte;
import health.staffing.base.ui.component.Badge;
import health.staffing.orgchart.DottedLine;
import health.staffing.orgchart.PositionDetails;
import health.staffing.orgchart.PositionSummary;
import health.staffing.orgchart.SeatRequisitions.SeatRequisition;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The selected position in full: who holds it, its FTE split, its lines both ways, its succession. */
class PositionDetailPanel extends Div {

    /** What HR can do from the panel; the view opens the dialogs. */
    interface Actions {

        void edit(PositionDetails details);

        void addReport(PositionDetails details);

        void move(PositionDetails details);

        void addDottedLine(PositionDetails details);

        void removeDottedLine(PositionDetails details, DottedLine line);

        void pairAsDyad(PositionDetails details);

        void endDyad(PositionDetails details, DottedLine dyad);

        void assignIncumbent(PositionDetails details);

        void vacate(PositionDetails details);

        void planSuccession(PositionDetails details);

        void retire(PositionDetails details);
    }

    private final Consumer<String> onOpenPosition;
    private final Actions actions;
    private final boolean canEdit;
    private final Function<Long, List<AuditEvent>> history;

    /** @param history the latest recorded changes of a position; asked only when {@code canEdit} */
    PositionDetailPanel(Consumer<String> onOpenPosition, Actions actions, boolean canEdit,
            Function<Long, List<AuditEvent>> history) {
        this.onOpenPosition = onOpenPosition;
        this.actions = actions;
        this.canEdit = canEdit;
        this.history = history;
        addClassName("detail-panel");
        setId("position-details");
        setVisible(false);
    }

    /** @param requisition the seat's open requisition, or null */
    void show(PositionDetails details, @Nullable SeatRequisition requisition) {
        removeAll();
        setVisible(true);
        PositionSummary p = details.position();

        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> setVisible(false));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close details");
        close.addClassName("detail-close");
        H3 title = new H3(p.title());
        title.setId("detail-title");
        Paragraph where = new Paragraph(String.join(" · ", nonNull(p.organisationName(), p.department(), p.location())));
        where.addClassName("detail-where");
        Span code = new Span(p.code());
        code.addClassName("detail-code");
        add(close, title, code, where);

        Div incumbent = new Div();
        incumbent.setId("detail-incumbent");
        if (p.vacant()) {
            incumbent.add(new Badge("VACANT", "warning"));
        } else {
            incumbent.add(new Span(p.incumbentName()));
        }
        add(section("Incumbent", incumbent));
        if (requisition != null) {
            add(section("Open requisition", requisitionLink(requisition)));
        }
        add(section("FTE", fte(p)));

        Div reportsTo = new Div();
        reportsTo.setId("detail-manager");
        if (details.manager() == null) {
            reportsTo.add(new Span("Top of the organisation"));
        } else {
            reportsTo.add(link(details.manager().title(), details.manager().code()));
        }
        add(section("Reports to (solid line)", reportsTo));

        Div dotted = new Div();
        dotted.setId("detail-dotted");
        if (details.dottedLines().isEmpty()) {
            dotted.add(muted("No dotted lines"));
        }
        for (DottedLine line : details.dottedLines()) {
            Div row = new Div(new Span(line.outgoing() ? "to " : "from "), link(line.partner().title(), line.partner().code()),
                    new Badge(line.label()));
            row.addClassName("dotted-row");
            if (canEdit) {
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> actions.removeDottedLine(details, line));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.ERROR);
                remove.setAriaLabel("End the dotted line with " + line.partner().title());
                row.add(remove);
            }
            dotted.add(row);
        }
        add(section("Dotted lines (secondary reporting)", dotted));

        Div dyad = new Div();
        dyad.setId("detail-dyad");
        DottedLine partner = details.dyadPartner();
        if (partner == null) {
            dyad.add(muted("No dyad partner"));
        } else {
            Div row = new Div(link(partner.partner().title(), partner.partner().code()), new Badge(partner.label()));
            row.addClassName("dotted-row");
            if (canEdit) {
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> actions.endDyad(details, partner));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.ERROR);
                remove.setAriaLabel("End the dyad with " + partner.partner().title());
                row.add(remove);
            }
            dyad.add(row);
        }
        add(section("Dyad partner (leads together, as peers)", dyad));
        add(section("Direct reports", new Span(p.directReports() == 0 ? "None" : String.valueOf(p.directReports()))));

        Div path = new Div();
        path.addClassName("detail-path");
        for (int i = details.pathToTop().size() - 1; i >= 1; i--) {
            PositionSummary step = details.pathToTop().get(i);
            path.add(link(step.title(), step.code()), new Span(" › "));
        }
        path.add(new Span(p.title()));
        add(section("Path to the top", path));

        Div succession = new Div();
        succession.setId("detail-succession");
        if (p.retirementRisk()) {
            succession.add(new Badge("Retirement risk", "warning"));
        }
        if (details.successionNote() != null) {
            succession.add(new Paragraph(details.successionNote()));
        }
        if (details.successors().isEmpty()) {
            succession.add(muted("No successor named"));
        }
        details.successors().forEach(s -> succession.add(new Div(new Span(s.name() + " — " + s.readiness().label()))));
        add(section("Vacancy and succession", succession));
        if (details.retiredFrom() != null) {
            add(new Badge("Retired from " + details.retiredFrom(), "warning"));
        }
        if (canEdit) {
            add(editActions(details));
            add(section("History", changes(p.id())));
        }
    }

    private Component changes(long positionId) {
        Div list = new Div();
        list.setId("detail-history");
        List<AuditEvent> events = history.apply(positionId);
        if (events.isEmpty()) {
            list.add(muted("No recorded changes"));
        }
        for (AuditEvent event : events) {
            Span when = new Span(Dates.moment(event.occurredAt()) + " · " + event.actor());
            when.addClassName("muted");
            Div row = new Div(when, new Div(new Span(event.action().replace('_', ' ').toLowerCase()
                    + (event.after() == null ? "" : ": " + event.after()))));
            row.addClassName("history-row");
            list.add(row);
        }
        return list;
    }

    private Component editActions(PositionDetails details) {
        Div buttons = new Div(
                action("Edit details", VaadinIcon.EDIT, () -> actions.edit(details), "action-edit"),
                action("Add a report", VaadinIcon.PLUS, () -> actions.addReport(details), "action-add-report"),
                action("Move", VaadinIcon.ARROWS, () -> actions.move(details), "action-move"),
                action("Add dotted line", VaadinIcon.CONNECT, () -> actions.addDottedLine(details), "action-dotted"),
                action("Pair as dyad", VaadinIcon.HANDSHAKE, () -> actions.pairAsDyad(details), "action-dyad"),
                details.position().vacant()
                        ? action("Assign incumbent", VaadinIcon.USER_CHECK, () -> actions.assignIncumbent(details), "action-assign")
                        : action("Vacate", VaadinIcon.USER_CLOCK, () -> actions.vacate(details), "action-vacate"),
                action("Succession", VaadinIcon.USERS, () -> actions.planSuccession(details), "action-succession"),
                action("Retire", VaadinIcon.BAN, () -> actions.retire(details), "action-retire"));
        buttons.addClassName("detail-actions");
        return section("Change (HR)", buttons);
    }

    private static Button action(String text, VaadinIcon icon, Runnable run, String id) {
        Button button = new Button(text, icon.create(), click -> run.run());
        button.addThemeVariants(ButtonVariant.SMALL);
        button.setId(id);
        return button;
    }

    private Component link(String text, String code) {
        Button link = new Button(text, click -> onOpenPosition.accept(code));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        link.addClassName("position-link");
        return link;
    }

    private static Component fte(PositionSummary p) {
        Span text = new Span(Fte.text(p.fte(), p.adminFte()));
        Div admin = new Div();
        admin.addClassName("fte-admin");
        admin.setWidth(percent(p.adminFte(), p.fte()) + "%");
        Div bar = new Div(admin);
        bar.addClassName("fte-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        return new Div(text, bar);
    }

    private static int percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).intValue();
    }

    private static Component section(String heading, Component content) {
        Div section = new Div(new H4(heading), content);
        section.addClassName("detail-section");
        return section;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }

    private static String[] nonNull(@Nullable String... parts) {
        return Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).toArray(String[]::new);
    }

    /** HR, approvers and hiring managers can open the requisition; everyone else sees that it exists. */
    private static Component requisitionLink(SeatRequisition requisition) {
        Div row = new Div();
        row.setId("detail-requisition");
        String text = "Requisition " + requisition.reference() + " · " + requisition.status();
        boolean mayOpen = CurrentUser.roles().stream().anyMatch(role -> List.of(AppRoles.RECRUITER, AppRoles.ADMIN,
                AppRoles.HIRING_MANAGER, AppRoles.CMO_OFFICE, AppRoles.FINANCE).contains(role));
        if (mayOpen) {
            row.add(new Anchor("requisitions/" + requisition.id(), text));
        } else {
            row.add(new Span(text));
        }
        return row;
    }
}
