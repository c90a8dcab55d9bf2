package health.staffing.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import health.staffing.insight.ApprovalFigures;
import health.staffing.insight.Durations;
import health.staffing.insight.WaitingStep;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** "Approvals": cycle time per step and per chain in the period, and where requisitions wait now. */
final class ApprovalSection {

    private ApprovalSection() {
    }

    static Component of(ApprovalFigures approvals, DrillDown drill, Block block) {
        Div section = RequisitionSection.section("section-approvals", "Approvals",
                "Cycle time in days for the steps decided and the rounds approved in the period: per step from the"
                        + " approver's turn to the decision, per chain from submission to the last approval.");
        long waiting = approvals.waitingNow().stream().mapToLong(WaitingStep::count).sum();
        Div kpis = new Div(
                Kpi.of("waiting", Figures.count(waiting), "waiting for an approver now", null,
                        drill.requisitions("status", "PENDING_APPROVAL")),
                Kpi.of("sent-back-period", Figures.count(approvals.sentBack()), "sent back in the period", null,
                        drill.approvals("decision", "CHANGES_REQUESTED")),
                Kpi.of("rejected-period", Figures.count(approvals.rejected()), "rejected in the period", null,
                        drill.approvals("decision", "REJECTED")));
        kpis.addClassName("kpis");
        List<FigureColumn<WaitingStep>> waitingColumns = List.of(
                FigureColumn.<WaitingStep>text("Step", WaitingStep::step),
                FigureColumn.<WaitingStep>number("Requisitions", WaitingStep::count, step -> Figures.count(step.count()))
                        .linkedTo(step -> drill.requisitions("status", "PENDING_APPROVAL")),
                FigureColumn.<WaitingStep>number("Median wait", step -> Figures.exportDays(step.medianDays()),
                        step -> Figures.days(step.medianDays())),
                FigureColumn.<WaitingStep>number("Longest wait", step -> Figures.exportDays(step.longestDays()),
                        step -> Figures.days(step.longestDays())));
        Div panels = new Div(
                durations(block, "step-times", "Per step", "Step", approvals.perStep(), "Decided",
                        step -> drill.approvals("step", step.key())),
                durations(block, "chain-times", "Per chain", "Chain", approvals.perChain(), "Rounds approved", null),
                block.table("waiting-now", "Where requisitions wait now", "Longest waits first.",
                        BarChart.horizontal("Requisitions waiting per step", approvals.waitingNow().stream()
                                .map(step -> new BarChart.Bar(step.step(), step.count(), Figures.count(step.count())))
                                .toList()),
                        waitingColumns, approvals.waitingNow(), "Nothing waits for an approver."));
        panels.addClassName("dashboard-grid");
        section.add(kpis, panels);
        return section;
    }

    /** A table of durations with a chart of the medians; the counts link to {@code records} when given. */
    static Component durations(Block block, String id, String title, String header, List<Durations> rows,
            String countHeader, @Nullable Function<Durations, String> records) {
        FigureColumn<Durations> count = FigureColumn.<Durations>number(countHeader, Durations::count,
                row -> Figures.count(row.count()));
        List<FigureColumn<Durations>> columns = List.of(
                FigureColumn.<Durations>text(header, Durations::label),
                records == null ? count : count.linkedTo(records::apply),
                FigureColumn.<Durations>number("Median", row -> Figures.exportDays(row.medianDays()),
                        row -> Figures.days(row.medianDays())),
                FigureColumn.<Durations>number("90th percentile", row -> Figures.exportDays(row.p90Days()),
                        row -> Figures.days(row.p90Days())));
        Component chart = BarChart.horizontal(title + ", median days", rows.stream()
                .map(row -> new BarChart.Bar(row.label(), row.medianDays() == null ? 0 : row.medianDays(),
                        Figures.days(row.medianDays()))).toList());
        return block.table(id, title, null, chart, columns, rows, "Nothing in the period.");
    }
}
