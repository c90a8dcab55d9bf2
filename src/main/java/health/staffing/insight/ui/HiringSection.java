package health.staffing.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import health.staffing.candidates.ApplicationStage;
import health.staffing.insight.FunnelStage;
import health.staffing.insight.HiringFigures;
import health.staffing.insight.MonthFigure;
import health.staffing.insight.OfferFigures;
import health.staffing.insight.RequisitionFunnel;
import health.staffing.insight.SourceFigure;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * "Hiring": time to fill and to start, the funnel with conversion and time in stage, sources and internal
 * mobility, offers; per entity, category, month and requisition. Counts link to the candidate grid.
 */
final class HiringSection {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.US);
    private static final DateTimeFormatter MONTH_IN_FULL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private HiringSection() {
    }

    static Component of(HiringFigures hiring, DrillDown drill, Block block, boolean allRequisitions) {
        Div section = RequisitionSection.section("section-hiring", "Hiring",
                (allRequisitions ? "All requisitions' candidates." : "The candidates of the requisitions you hire for.")
                        + " Time to fill runs from the requisition's approval to the accepted offer, time to start to"
                        + " the agreed start date, for offers accepted in the period; the funnel and sources count the"
                        + " applications submitted in the period.");
        OfferFigures offers = hiring.offers();
        long hired = hiring.funnel().stream().filter(stage -> stage.stage() == ApplicationStage.HIRED)
                .mapToLong(FunnelStage::reached).sum();
        Div kpis = new Div(
                Kpi.of("time-to-fill", Figures.days(hiring.timeToFill().medianDays()), "median time to fill",
                        "p90 " + Figures.days(hiring.timeToFill().p90Days()) + " · " + Figures.count(
                                hiring.timeToFill().count()) + " filled",
                        drill.candidates("stage", "HIRED", "period", "hired")),
                Kpi.of("time-to-start", Figures.days(hiring.timeToStart().medianDays()), "median time to start",
                        "p90 " + Figures.days(hiring.timeToStart().p90Days()), null),
                Kpi.of("mobility", Figures.percent(hiring.internalMobility()), "internal mobility",
                        "of " + Figures.count(hired) + " hired", drill.candidates("stage", "HIRED", "source", "Internal")),
                Kpi.of("acceptance", Figures.percent(offers.acceptanceRate()), "offer acceptance",
                        Figures.count(offers.accepted()) + " accepted · " + Figures.count(offers.declined())
                                + " declined", drill.candidates("stage", "HIRED", "period", "hired")),
                Kpi.of("outside-range", Figures.count(offers.outsideRange()), "offers outside the posted range",
                        "of " + Figures.count(offers.made()) + " made · " + offers.exceptionsWaiting() + " waiting · "
                                + offers.exceptionsApproved() + " approved · " + offers.exceptionsRejected()
                                + " rejected", null));
        kpis.addClassName("kpis");
        Div panels = new Div(funnel(hiring.funnel(), drill, block), sources(hiring.sources(), drill, block),
                ApprovalSection.durations(block, "fill-by-entity", "Time to fill by entity", "Entity",
                        hiring.timeToFillByEntity(), "Filled",
                        row -> drill.candidates("org", row.key(), "stage", "HIRED", "period", "hired")),
                ApprovalSection.durations(block, "fill-by-category", "Time to fill by category", "Category",
                        hiring.timeToFillByCategory(), "Filled",
                        row -> drill.candidates("cat", row.key(), "stage", "HIRED", "period", "hired")),
                ApprovalSection.durations(block, "start-by-entity", "Time to start by entity", "Entity",
                        hiring.timeToStartByEntity(), "Started",
                        row -> drill.candidates("org", row.key(), "stage", "HIRED", "period", "hired")),
                trend(hiring.trend(), block));
        panels.addClassName("dashboard-grid");
        section.add(kpis, panels, perRequisition(hiring.perRequisition(), drill, block));
        return section;
    }

    private static Component funnel(List<FunnelStage> stages, DrillDown drill, Block block) {
        List<FigureColumn<FunnelStage>> columns = List.of(
                FigureColumn.<FunnelStage>text("Stage", stage -> stage.stage().label()),
                FigureColumn.<FunnelStage>number("Reached", FunnelStage::reached, stage -> Figures.count(stage.reached()))
                        .linkedTo(stage -> drill.candidates("reached", stage.stage().name().toLowerCase(Locale.ROOT))),
                FigureColumn.<FunnelStage>number("From previous", stage -> stage.conversion(),
                        stage -> Figures.percent(stage.conversion())),
                FigureColumn.<FunnelStage>number("In it now", FunnelStage::now, stage -> Figures.count(stage.now()))
                        .linkedTo(stage -> drill.candidates("stage", stage.stage().name())),
                FigureColumn.<FunnelStage>number("Average days in stage",
                        stage -> Figures.exportDays(stage.averageDaysInStage()),
                        stage -> Figures.days(stage.averageDaysInStage())));
        Component chart = BarChart.horizontal("Funnel, applications that reached each stage", stages.stream()
                .map(stage -> new BarChart.Bar(stage.stage().label(), stage.reached(), Figures.count(stage.reached())))
                .toList());
        boolean any = stages.stream().anyMatch(stage -> stage.reached() > 0);
        return block.table("funnel", "Funnel", "Applications submitted in the period by the furthest stage reached;"
                + " average days in stage of the moves out of it in the period.", chart, columns, any ? stages : List.of(),
                "No applications in the period.");
    }

    private static Component sources(List<SourceFigure> sources, DrillDown drill, Block block) {
        List<FigureColumn<SourceFigure>> columns = List.of(
                FigureColumn.<SourceFigure>text("Source", SourceFigure::label),
                FigureColumn.<SourceFigure>number("Applications", SourceFigure::applications,
                        source -> Figures.count(source.applications()))
                        .linkedTo(source -> drill.candidates("source", source.key())),
                FigureColumn.<SourceFigure>number("Hired", SourceFigure::hired, source -> Figures.count(source.hired()))
                        .linkedTo(source -> drill.candidates("source", source.key(), "stage", "HIRED")),
                FigureColumn.<SourceFigure>number("Hire rate",
                        source -> source.applications() == 0 ? null : (double) source.hired() / source.applications(),
                        source -> Figures.percent(source.applications() == 0 ? null
                                : (double) source.hired() / source.applications())));
        Component chart = BarChart.horizontal("Applications by source", sources.stream()
                .map(source -> new BarChart.Bar(source.label(), source.applications(),
                        Figures.count(source.applications()))).toList());
        boolean any = sources.stream().anyMatch(source -> source.applications() > 0);
        return block.table("sources", "Sources", "Referrals come from caregivers and outside alike.", chart, columns,
                any ? sources : List.of(), "No applications in the period.");
    }

    private static Component trend(List<MonthFigure> months, Block block) {
        List<FigureColumn<MonthFigure>> columns = List.of(
                new FigureColumn<MonthFigure>("Month", month -> month.month().toString(),
                        month -> MONTH_IN_FULL.format(month.month()), false, null),
                FigureColumn.<MonthFigure>number("Filled", MonthFigure::filled, month -> Figures.count(month.filled())),
                FigureColumn.<MonthFigure>number("Median days to fill",
                        month -> Figures.exportDays(month.medianDaysToFill()),
                        month -> Figures.days(month.medianDaysToFill())));
        Component chart = BarChart.columns("Median days to fill by month", months.stream()
                .map(month -> new BarChart.Bar(MONTH.format(month.month()),
                        month.medianDaysToFill() == null ? 0 : month.medianDaysToFill(),
                        month.medianDaysToFill() == null ? "" : String.format(Locale.US, "%.0f",
                                month.medianDaysToFill()))).toList());
        boolean any = months.stream().anyMatch(month -> month.filled() > 0);
        return block.table("fill-trend", "Time to fill by month", "Offers accepted each month.", chart, columns,
                any ? months : List.of(), "No offers accepted in the period.");
    }

    private static Component perRequisition(List<RequisitionFunnel> funnels, DrillDown drill, Block block) {
        List<FigureColumn<RequisitionFunnel>> columns = new ArrayList<>();
        columns.add(FigureColumn.<RequisitionFunnel>text("Ref", RequisitionFunnel::reference)
                .linkedTo(funnel -> drill.candidates("ref", funnel.reference())));
        columns.add(FigureColumn.text("Role", RequisitionFunnel::title));
        stageColumn(columns, "Applied", RequisitionFunnel::applied);
        stageColumn(columns, "Screening", RequisitionFunnel::screening);
        stageColumn(columns, "Interview", RequisitionFunnel::interview);
        stageColumn(columns, "Finalist", RequisitionFunnel::finalist);
        stageColumn(columns, "Offer", RequisitionFunnel::offer);
        stageColumn(columns, "Hired", RequisitionFunnel::hired);
        Component table = block.table("requisition-funnels", "Funnel per requisition",
                "The requisitions with the most applications in the period, by the furthest stage reached.", null,
                columns, funnels, "No applications in the period.");
        table.getElement().getClassList().add("wide");
        return table;
    }

    private static void stageColumn(List<FigureColumn<RequisitionFunnel>> columns, String header,
            ToLongFunction<RequisitionFunnel> count) {
        columns.add(FigureColumn.number(header, funnel -> count.applyAsLong(funnel),
                funnel -> Figures.count(count.applyAsLong(funnel))));
    }
}
