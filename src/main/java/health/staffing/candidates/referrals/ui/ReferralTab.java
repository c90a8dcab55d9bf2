package health.staffing.candidates.referrals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import health.staffing.base.Dates;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.referrals.ReferralService;
import health.staffing.candidates.referrals.ReferralSummary;
import health.staffing.candidates.ui.ApplicationTab;
import org.springframework.core.annotation.Order;

/** The "Referral" tab of an application someone referred: who, when and why they thought so. */
@org.springframework.stereotype.Component
@Order(5)
class ReferralTab implements ApplicationTab {

    private final ReferralService referrals;

    ReferralTab(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public String key() {
        return "referral";
    }

    @Override
    public String label() {
        return "Referral";
    }

    @Override
    public boolean appliesTo(ApplicationDetail application) {
        return referrals.forApplication(application.id()).isPresent();
    }

    @Override
    public Component content(ApplicationDetail application, Runnable onChange) {
        Div content = new Div();
        content.setId("referral");
        content.addClassName("interviews-tab");
        referrals.forApplication(application.id()).ifPresent(referral -> show(content, referral));
        return content;
    }

    private static void show(Div content, ReferralSummary referral) {
        content.add(new Paragraph("Referred by " + referral.referrerName() + " on " + Dates.day(referral.referredAt())
                + (referral.colleague() ? " (a colleague)." : " (from outside the health system).")));
        if (referral.note() != null) {
            Paragraph note = new Paragraph("Why they fit: " + referral.note());
            note.addClassName("message-body");
            content.add(note);
        }
        Paragraph told = new Paragraph("The referrer is told how far the application goes (" + referral.progress()
                .label().toLowerCase() + " now), never the reasons.");
        told.addClassName("panel-description");
        content.add(told);
    }
}
