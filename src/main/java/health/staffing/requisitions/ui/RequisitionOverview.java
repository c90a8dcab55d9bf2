package health.staffing.requisitions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.base.Dates;
import health.staffing.base.Fte;
import health.staffing.base.Money;
import health.staffing.base.ui.component.Fact;
import health.staffing.base.ui.component.Panel;
import health.staffing.orgchart.DottedLine;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.ProposedDottedLine;
import health.staffing.requisitions.RequisitionDetails;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The requisition's Overview tab: its facts, the justification, the closing reason when there is one,
 * and where the seat sits in the org chart (manager chain and dotted lines, straight from the chart).
 */
class RequisitionOverview extends Div {

    private final RequisitionDetails requisition;
    private final OrgChartService orgChart;

    RequisitionOverview(RequisitionDetails r, OrgChartService orgChart) {
        this.requisition = r;
        this.orgChart = orgChart;
        Div facts = new Div(
                new Fact("Entity", r.organisationName() + " (" + r.organisationCode() + ")"),
                new Fact("Department", r.department()),
                new Fact("Category", r.category()),
                new Fact("Location", join(r.addressLine(), r.location() + (r.postalCode() == null ? "" : " " + r.postalCode()))),
                new Fact("Work arrangement", r.workArrangementText()),
                new Fact("Employment", r.employmentType().label() + " · " + r.jobType().label()),
                new Fact("FTE", Fte.text(r.fte(), r.adminFte())),
                new Fact("Openings", String.valueOf(r.openings())),
                new Fact("Salary range (per year)", Money.range(r.salaryMin(), r.salaryMax())
                        + (r.adjustedForFte() ? ", adjusted for FTE" : "")),
                new Fact("Budget impact (per year)", Money.range(r.budgetMin(), r.budgetMax())),
                new Fact("Cost center", r.costCenter()),
                new Fact("Target start", r.targetStart() == null ? "—" : r.targetStart().toString()),
                new Fact("Hiring manager", r.hiringManagerName()),
                new Fact("Recruiter", r.recruiterName()),
                new Fact("Requested by", r.requestedByName() + " on " + Dates.moment(r.createdAt())),
                new Fact("Status since", Dates.moment(r.statusChangedAt())));
        facts.addClassName("facts");
        facts.setId("requisition-facts");
        Div justification = new Div(new H3("Justification"), new Paragraph(r.justification()));
        justification.setId("requisition-justification");
        if (r.closingReason() != null) {
            add(new Panel(new Div(new H3("Reason"), new Paragraph(r.closingReason()))));
        }
        add(new Panel(facts), new Panel(justification), new Panel(placement()));
    }

    /** Where the seat sits: the manager chain and the dotted lines, straight from the org chart. */
    private Component placement() {
        Div placement = new Div(new H3("Place in the org chart"));
        placement.setId("requisition-placement");
        if (requisition.managerPositionCode() == null) {
            placement.add(new Paragraph("Top of the organisation."));
        } else {
            orgChart.findByCode(requisition.managerPositionCode()).ifPresent(manager -> {
                List<PositionSummary> chain = orgChart.pathToTop(manager.id(), null);
                Div path = new Div(new Span("Reports to (solid line): "));
                for (int i = 0; i < chain.size(); i++) {
                    PositionSummary step = chain.get(i);
                    path.add(chartLink(step.title() + (step.vacant() ? " (vacant)" : " — " + step.incumbentName()),
                            step.code()));
                    if (i < chain.size() - 1) {
                        path.add(new Span(" › "));
                    }
                }
                placement.add(path);
            });
        }
        List<String> dotted = new ArrayList<>();
        if (requisition.positionCode() != null) {
            orgChart.findByCode(requisition.positionCode()).ifPresent(seat -> {
                placement.add(new Div(new Span("Seat: "), chartLink(seat.title() + " (" + seat.code() + ")", seat.code())));
                for (DottedLine line : orgChart.dottedLinesOf(seat.id(), null)) {
                    dotted.add((line.outgoing() ? "Dotted line to " : "Dotted line from ") + line.partner().title()
                            + " — " + line.label());
                }
                orgChart.dyadPartnerOf(seat.id(), null).ifPresent(dyad -> dotted.add("Dyad partner: "
                        + dyad.partner().title() + (dyad.label().equals("Dyad partner") ? "" : " — " + dyad.label())));
            });
        } else {
            for (ProposedDottedLine line : requisition.dottedLines()) {
                String partner = orgChart.findByCode(line.positionCode()).map(PositionSummary::title)
                        .orElse(line.positionCode());
                dotted.add("Dotted line to " + partner + " — " + line.label() + " (created on approval)");
            }
        }
        if (dotted.isEmpty()) {
            placement.add(new Paragraph("No dotted lines."));
        }
        dotted.forEach(text -> placement.add(new Div(new Span(text))));
        return placement;
    }

    private static Component chartLink(String text, String code) {
        Anchor link = new Anchor("org-chart?" + QueryParameters.of("position", code).getQueryString(), text);
        return link;
    }

    private static String join(@Nullable String first, String second) {
        return first == null || first.isBlank() ? second : first + ", " + second;
    }
}
