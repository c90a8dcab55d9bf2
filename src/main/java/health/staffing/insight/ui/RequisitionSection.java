package health.staffing.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import health.staffing.insight.AgeBand;
import health.staffing.insight.OpenRequisitions;
import health.staffing.insight.Tally;
import java.util.List;
import java.util.function.Function;

/** "Requisitions open today": headline figures and five breakdowns with their cost, each linked to the grid. */
final class RequisitionSection {

    /** Every status still in play, as the requisition grid's address names them. */
    static final String NOT_FINAL = "APPROVED,CHANGES_REQUESTED,DRAFT,ON_HOLD,PENDING_APPROVAL,POSTED";

    private RequisitionSection() {
    }

    static Component of(OpenRequisitions open, DrillDown drill, Block block, boolean allRequisitions) {
        Div section = section("section-requisitions", "Requisitions open today",
                (allRequisitions ? "Every requisition" : "The requisitions you requested or hire for")
                        + " from draft to on hold, in the entity, department and category chosen. Cost is a year of"
                        + " the openings at the bottom and the top of their salary ranges × FTE.");
        Div kpis = new Div(
                Kpi.of("open", Figures.count(open.count()), "open requisitions", Figures.count(open.openings())
                        + " openings", drill.requisitions("status", NOT_FINAL)),
                Kpi.of("cost", Figures.compactRange(open.costMin(), open.costMax()), "cost of open roles a year",
                        Figures.moneyRange(open.costMin(), open.costMax()), null),
                Kpi.of("on-hold", Figures.count(open.onHold()), "on hold", null, drill.requisitions("status", "ON_HOLD")),
                Kpi.of("sent-back", Figures.count(open.sentBack()), "sent back for changes", null,
                        drill.requisitions("status", "CHANGES_REQUESTED")));
        kpis.addClassName("kpis");
        Div panels = new Div(
                breakdown(block, "by-status", "By status", "Status", open.byStatus(),
                        tally -> drill.requisitions("status", tally.key())),
                breakdown(block, "by-age", "By age", "Age", open.byAge(), tally -> {
                    AgeBand band = AgeBand.valueOf(tally.key());
                    return band.maxDays() == null
                            ? drill.requisitions("status", NOT_FINAL, "minAge", String.valueOf(band.minDays()))
                            : drill.requisitions("status", NOT_FINAL, "minAge", String.valueOf(band.minDays()),
                                    "maxAge", String.valueOf(band.maxDays()));
                }),
                breakdown(block, "by-entity", "By entity", "Entity", open.byEntity(),
                        tally -> drill.requisitions("status", NOT_FINAL, "org", tally.key())),
                breakdown(block, "by-department", "By department", "Department", open.byDepartment(),
                        tally -> drill.requisitions("status", NOT_FINAL, "dept", tally.key())),
                breakdown(block, "by-recruiter", "By recruiter", "Recruiter", open.byRecruiter(),
                        tally -> drill.requisitions("status", NOT_FINAL, "recruiter", tally.key())));
        panels.addClassName("dashboard-grid");
        section.add(kpis, panels);
        return section;
    }

    private static Component breakdown(Block block, String id, String title, String header, List<Tally> tallies,
            Function<Tally, String> address) {
        List<FigureColumn<Tally>> columns = List.of(
                FigureColumn.<Tally>text(header, Tally::label),
                FigureColumn.<Tally>number("Requisitions", Tally::count, tally -> Figures.count(tally.count()))
                        .linkedTo(address::apply),
                FigureColumn.<Tally>number("Cost from", Tally::costMin, tally -> Figures.money(tally.costMin())),
                FigureColumn.<Tally>number("Cost to", Tally::costMax, tally -> Figures.money(tally.costMax())));
        Component chart = BarChart.horizontal("Open requisitions " + title.toLowerCase(), tallies.stream()
                .map(tally -> new BarChart.Bar(tally.label(), tally.count(), Figures.count(tally.count()))).toList());
        return block.table("open-" + id, title, null, chart, columns, tallies, "No open requisitions.");
    }

    static Div section(String id, String title, String description) {
        Div section = new Div(new H2(title));
        Paragraph help = new Paragraph(description);
        help.addClassName("panel-description");
        section.add(help);
        section.setId(id);
        section.addClassName("dashboard-section");
        return section;
    }
}
