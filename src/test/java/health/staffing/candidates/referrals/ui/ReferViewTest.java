package health.staffing.candidates.referrals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import health.staffing.DemoSeed;
import health.staffing.ViewTest;
import health.staffing.candidates.referrals.ReferralService;
import health.staffing.orgchart.SeatRequisitions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The referral page of seed 002's posting; each test rolls back. */
@ViewTest
@Transactional
class ReferViewTest extends SpringBrowserlessTest {

    @Autowired
    ReferralService referrals;
    @Autowired
    SeatRequisitions seats;

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void from_the_posting_a_caregiver_refers_someone_outside_and_sees_the_referral_below() {
        String quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        navigate("jobs/" + quality, Component.class);
        assertThat($(Anchor.class).id("refer-link").getHref()).isEqualTo("jobs/" + quality + "/refer");

        navigate("jobs/" + quality + "/refer", Component.class);
        ReferView view = $(ReferView.class).single();
        test(view.who).selectItem(ReferView.OUTSIDE);
        test(view.name).setValue("Lena Marsh");
        test(view.email).setValue("lena.marsh@example.org");
        test(view.note).setValue("Ran quality at a 40-practice group");
        test(view.submit).click();

        assertThat(view.errors.isVisible()).isFalse();
        assertThat(view.mine.getElement().getTextRecursively()).contains("Lena Marsh").contains("Referred: not applied yet");
        assertThat(referrals.myReferrals(quality)).hasSize(1);
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void a_missing_email_or_colleague_is_marked_on_its_field_and_nothing_is_sent() {
        String quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        navigate("jobs/" + quality + "/refer", Component.class);
        ReferView view = $(ReferView.class).single();

        test(view.submit).click();
        assertThat(view.colleague.getErrorMessage()).isEqualTo("Choose the colleague.");

        test(view.who).selectItem(ReferView.OUTSIDE);
        test(view.name).setValue("Lena Marsh");
        test(view.submit).click();
        assertThat(view.email.getErrorMessage()).isEqualTo("Enter the person's email address.");
        assertThat(view.name.getValue()).isEqualTo("Lena Marsh");
        assertThat(referrals.myReferrals(quality)).isEmpty();
    }
}
