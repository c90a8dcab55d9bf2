package health.staffing.candidates.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.ExternalCandidateForm;
import health.staffing.candidates.ExternalCandidateService;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.ReviewFilter;
import health.staffing.notifications.NotificationItem;
import health.staffing.notifications.NotificationService;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.security.UserAccountService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Maya (manager) refers Jordan (caregiver) and Lena (outside) to seed 002; every test rolls back. */
@DatabaseTest
@Transactional
class ReferralServiceIT {

    @Autowired
    ReferralService referrals;
    @Autowired
    ApplicationService applications;
    @Autowired
    ExternalCandidateService external;
    @Autowired
    StageService stages;
    @Autowired
    CandidateReviewService review;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserAccountService accounts;
    @Autowired
    SeatRequisitions seats;

    private String quality;
    private long jordanEmployee;

    @BeforeEach
    void seed002() {
        quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        jordanEmployee = As.user("recruiter", () -> accounts.employeeIdOf("caregiver")).orElseThrow();
    }

    private List<String> notificationsOf(String username) {
        return As.user(username, () -> notifications.recent(20)).stream().map(NotificationItem::subject).toList();
    }

    @Test
    void a_colleague_referred_then_applying_is_linked_and_the_referrer_hears_progress_never_reasons() {
        As.user("manager", () -> referrals.refer(quality, ReferralForm.colleague(jordanEmployee, "Led our QI program")));
        long jordan = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.cvOnly())).id();

        assertThat(As.user("manager", () -> referrals.myReferrals(quality))).singleElement()
                .satisfies(r -> assertThat(r.progress()).isEqualTo(ReferralProgress.APPLIED));
        assertThat(As.user("recruiter", () -> referrals.forApplication(jordan))).hasValueSatisfying(r -> {
            assertThat(r.referrerName()).isEqualTo("Maya Okafor");
            assertThat(r.note()).isEqualTo("Led our QI program");
        });
        assertThat(notificationsOf("manager")).contains("Your referral of Jordan Ellis, MD: applied");
        // The referral is the application's source: the grid shows and filters it.
        assertThat(As.user("recruiter", () -> review.review(new ReviewFilter(quality, java.util.Set.of(), null).referred(),
                org.springframework.data.domain.PageRequest.of(0, 10)))).singleElement().satisfies(row -> {
                    assertThat(row.id()).isEqualTo(jordan);
                    assertThat(row.referredBy()).isEqualTo("Maya Okafor");
                });

        As.user("recruiter", () -> stages.moveStage(List.of(new StageMove(jordan, review.detail(jordan).version())),
                ApplicationStage.REJECTED, "Weak on quality metrics", "Thank you for applying."));

        assertThat(notificationsOf("manager")).contains("Your referral of Jordan Ellis, MD: no longer in consideration")
                .noneMatch(subject -> subject.contains("Weak on quality metrics"));
        assertThat(As.user("manager", () -> referrals.myReferrals(quality))).singleElement()
                .satisfies(r -> assertThat(r.progress()).isEqualTo(ReferralProgress.CLOSED));
    }

    @Test
    void someone_outside_is_linked_when_hr_adds_them_with_the_same_email_in_any_case() {
        As.user("manager", () -> referrals.refer(quality, ReferralForm.outside("Lena Marsh", "Lena.Marsh@Example.org",
                null)));
        long lena = As.user("recruiter", () -> external.addConfirmingNotADuplicate(quality, new ExternalCandidateForm(
                "Lena", "Marsh", "lena.marsh@example.org", null, ApplicationForms.cvOnly()))).applicationId();

        assertThat(As.user("recruiter", () -> referrals.forApplication(lena))).isPresent();
        assertThat(As.user("manager", () -> referrals.myReferrals(quality))).singleElement()
                .satisfies(r -> assertThat(r.progress()).isEqualTo(ReferralProgress.APPLIED));
    }

    @Test
    void nobody_refers_themself_or_the_same_person_twice_and_bad_input_is_refused_with_every_problem() {
        assertThatThrownBy(() -> As.user("caregiver", () -> referrals.refer(quality,
                ReferralForm.colleague(jordanEmployee, null)))).hasMessage("You cannot refer yourself; apply instead.");
        As.user("manager", () -> referrals.refer(quality, ReferralForm.colleague(jordanEmployee, null)));
        assertThatThrownBy(() -> As.user("recruiter", () -> referrals.refer(quality,
                ReferralForm.colleague(jordanEmployee, null)))).isInstanceOf(DomainException.class)
                .hasMessage("Jordan Ellis, MD was already referred to job " + quality + ".");
        assertThatThrownBy(() -> As.user("manager", () -> referrals.refer(quality,
                ReferralForm.outside(" ", "not-an-email", "x".repeat(1001)))))
                .hasMessageContaining("Enter the person's name.").hasMessageContaining("valid email address")
                .hasMessageContaining("Why they fit");
        assertThatThrownBy(() -> As.user("manager", () -> referrals.refer("999999",
                ReferralForm.outside("Lena Marsh", "lena@example.org", null)))).hasMessageContaining("is not open");
    }

    @Test
    void a_referral_made_after_the_person_applied_stays_referred_so_nothing_about_the_application_leaks() {
        As.user("caregiver", () -> applications.apply(quality, ApplicationForms.cvOnly()));

        As.user("manager", () -> referrals.refer(quality, ReferralForm.colleague(jordanEmployee, null)));

        assertThat(As.user("manager", () -> referrals.myReferrals(quality))).singleElement()
                .satisfies(r -> assertThat(r.progress()).isEqualTo(ReferralProgress.REFERRED));
    }
}
