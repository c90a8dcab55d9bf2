package health.staffing.candidates.offers.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import health.staffing.base.Dates;
import health.staffing.base.Fte;
import health.staffing.base.Money;
import health.staffing.base.ui.component.Panel;
import health.staffing.candidates.offers.OfferDetail;
import health.staffing.candidates.offers.OfferStatus;
import java.util.List;

/** The Offer tab's history: every offer made on the application, who decided its exception, how it was answered. */
final class OfferHistory {

    private OfferHistory() {
    }

    static Div of(List<OfferDetail> all) {
        Div panel = Panel.titled("Offer history");
        Grid<OfferDetail> grid = new Grid<>();
        grid.setId("offer-history");
        grid.addColumn(o -> Dates.moment(o.offeredAt())).setHeader("Offered").setAutoWidth(true);
        grid.addColumn(o -> Money.text(o.amount())).setHeader("Annual base").setAutoWidth(true);
        grid.addColumn(o -> Fte.text(o.fte(), o.adminFte())).setHeader("FTE").setAutoWidth(true);
        grid.addColumn(o -> Dates.day(o.startDate())).setHeader("Start").setAutoWidth(true);
        grid.addColumn(o -> o.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(OfferHistory::outcome).setHeader("Decision and answer").setFlexGrow(1);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        panel.add(grid);
        return panel;
    }

    private static String outcome(OfferDetail offer) {
        StringBuilder text = new StringBuilder(offer.offeredBy());
        if (offer.exceptionDecidedBy() != null) {
            text.append("; ").append(decision(offer));
        }
        if (offer.respondedBy() != null) {
            text.append("; ").append(offer.status().label().toLowerCase()).append(" by ").append(offer.respondedBy())
                    .append(offer.responseReason() == null ? "" : ": " + offer.responseReason());
        }
        return text.toString();
    }

    /** The CMO office's decision on the exception in words; the panel shows it too. */
    static String decision(OfferDetail offer) {
        return (offer.status() == OfferStatus.REJECTED_EXCEPTION ? "exception rejected by " : "exception approved by ")
                + offer.exceptionDecidedBy() + ", " + Dates.moment(offer.exceptionDecidedAt())
                + (offer.exceptionDecisionReason() == null ? "" : ": " + offer.exceptionDecisionReason());
    }
}
