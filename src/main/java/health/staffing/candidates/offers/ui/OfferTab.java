package health.staffing.candidates.offers.ui;

import com.vaadin.flow.component.Component;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.offers.OfferService;
import health.staffing.candidates.ui.ApplicationTab;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.annotation.Order;

/** The "Offer" tab of a finalist's application: make an offer, follow it, record the answer. */
@org.springframework.stereotype.Component
@Order(40)
class OfferTab implements ApplicationTab {

    private static final Set<ApplicationStage> WITH_OFFERS = EnumSet.of(ApplicationStage.FINALIST,
            ApplicationStage.OFFER, ApplicationStage.HIRED);

    private final OfferService offers;
    private final Clock clock;

    OfferTab(OfferService offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "offer";
    }

    @Override
    public String label() {
        return "Offer";
    }

    @Override
    public boolean appliesTo(ApplicationDetail application) {
        // A rejected or withdrawn application keeps its offer history visible when it had offers.
        return WITH_OFFERS.contains(application.stage())
                || application.stage().isFinal() && !offers.offersFor(application.id()).isEmpty();
    }

    @Override
    public Component content(ApplicationDetail application, Runnable onChange) {
        return new OfferPanel(offers, clock, application, onChange);
    }
}
