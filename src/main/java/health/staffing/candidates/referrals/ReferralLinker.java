package health.staffing.candidates.referrals;

import health.staffing.candidates.ApplicationReceived;
import health.staffing.candidates.ApplicationSources;
import health.staffing.candidates.ApplicationStageChanged;
import health.staffing.notifications.NotificationService;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Links a referral to the application its person makes after being referred, and tells the referrer
 * of its progress (in the same transaction as the application or the move: a rollback tells nobody).
 * The referrer reads "applied", "in process", "hired" or "no longer in consideration" — never a reason.
 */
@Component
class ReferralLinker {

    private final ReferralRepository referrals;
    private final NotificationService notifications;
    private final ApplicationSources sources;
    private final UserAccountService accounts;

    ReferralLinker(ReferralRepository referrals, NotificationService notifications, ApplicationSources sources,
            UserAccountService accounts) {
        this.referrals = referrals;
        this.notifications = notifications;
        this.sources = sources;
        this.accounts = accounts;
    }

    @EventListener
    void applicationReceived(ApplicationReceived received) {
        Optional<Referral> referral = received.employeeId() != null
                ? referrals.findByRequisitionIdAndReferredEmployeeIdAndApplicationIdIsNull(received.requisitionId(),
                        received.employeeId())
                : Optional.empty();
        if (referral.isEmpty() && received.email() != null) {
            referral = referrals.findByRequisitionIdAndReferredEmailAndApplicationIdIsNull(received.requisitionId(),
                    received.email().strip().toLowerCase(Locale.ROOT));
        }
        referral.ifPresent(found -> {
            found.linkTo(received.applicationId());
            sources.referred(received.applicationId(), accounts.findByUsername(found.getReferrer())
                    .map(UserSummary::displayName).orElse(found.getReferrer()));
            tell(found);
        });
    }

    @EventListener
    void stageChanged(ApplicationStageChanged changed) {
        referrals.findByApplicationId(changed.applicationId()).ifPresent(referral -> {
            if (referral.progressTo(ReferralProgress.of(changed.to()))) {
                tell(referral);
            }
        });
    }

    private void tell(Referral referral) {
        notifications.notify(referral.getReferrer(), "Your referral of " + referral.getReferredName() + ": "
                + referral.getProgress().label().toLowerCase(Locale.ROOT),
                "You referred " + referral.getReferredName() + " to " + referral.getTitle() + " (job "
                        + referral.getReference() + "). Thank you; HR keeps the details of the process confidential.",
                "jobs/" + referral.getReference() + "/refer");
    }
}
