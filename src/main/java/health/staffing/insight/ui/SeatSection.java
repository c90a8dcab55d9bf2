package health.staffing.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import health.staffing.insight.RiskSeat;
import health.staffing.insight.SeatFigures;
import health.staffing.insight.VacantSeat;
import java.util.List;

/** "Leadership seats today": vacancy days, open requisitions per vacant seat, retirement risk and successors. */
final class SeatSection {

    private SeatSection() {
    }

    static Component of(SeatFigures seats, DrillDown drill, Block block) {
        Div section = RequisitionSection.section("section-seats", "Leadership seats today",
                "Seats in the org chart in the entity and department chosen (seats have no category).");
        Div kpis = new Div(
                Kpi.of("vacant", Figures.count(seats.vacant()), "vacant seats",
                        "median " + Figures.days(seats.medianVacantDays()) + " vacant", null),
                Kpi.of("vacant-no-requisition", Figures.count(seats.vacantWithoutRequisition()),
                        "vacant without a requisition", null, null),
                Kpi.of("at-risk", Figures.count(seats.atRisk()), "seats at retirement risk",
                        Figures.count(seats.atRiskReadyNow()) + " with a successor ready now", null),
                Kpi.of("no-successor", Figures.count(seats.atRiskWithoutSuccessor()), "at risk with no successor named",
                        null, null));
        kpis.addClassName("kpis");
        List<FigureColumn<VacantSeat>> vacantColumns = List.of(
                FigureColumn.<VacantSeat>text("Seat", VacantSeat::title)
                        .linkedTo(seat -> DrillDown.seat(seat.organisationCode(), seat.code())),
                FigureColumn.<VacantSeat>text("Code", VacantSeat::code),
                FigureColumn.<VacantSeat>text("Entity", VacantSeat::organisationCode),
                FigureColumn.<VacantSeat>text("Department", VacantSeat::department),
                FigureColumn.<VacantSeat>number("Vacant (days)", VacantSeat::vacantDays,
                        seat -> Figures.count(seat.vacantDays())),
                FigureColumn.<VacantSeat>text("Retirement risk", seat -> seat.retirementRisk() ? "Yes" : "No"),
                FigureColumn.<VacantSeat>number("Open requisitions", VacantSeat::openRequisitions,
                        seat -> Figures.count(seat.openRequisitions())));
        List<FigureColumn<RiskSeat>> riskColumns = List.of(
                FigureColumn.<RiskSeat>text("Seat", RiskSeat::title)
                        .linkedTo(seat -> DrillDown.seat(seat.organisationCode(), seat.code())),
                FigureColumn.<RiskSeat>text("Code", RiskSeat::code),
                FigureColumn.<RiskSeat>text("Entity", RiskSeat::organisationCode),
                FigureColumn.<RiskSeat>text("Held by", seat -> seat.incumbent() == null ? "Vacant" : seat.incumbent()),
                FigureColumn.<RiskSeat>number("Successors named", RiskSeat::successors,
                        seat -> Figures.count(seat.successors())),
                FigureColumn.<RiskSeat>text("Ready now", seat -> seat.readyNow() ? "Yes" : "No"));
        Div panels = new Div(
                block.table("vacant-seats", "Longest vacant", "At most " + SeatFigures.LISTED
                        + " seats, longest vacant first; a seat opens in the org chart.", null, vacantColumns,
                        seats.longestVacant(), "No vacant seats."),
                block.table("risk-seats", "Retirement risk", "At most " + SeatFigures.LISTED
                        + " seats, those without a successor first.", null, riskColumns, seats.riskSeats(),
                        "No seat is flagged for retirement risk."));
        panels.addClassName("dashboard-grid");
        panels.addClassName("two");
        section.add(kpis, panels);
        return section;
    }
}
