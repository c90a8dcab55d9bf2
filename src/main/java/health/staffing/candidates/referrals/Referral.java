package health.staffing.candidates.referrals;

import health.staffing.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One person referred to one posted job by one referrer. */
@Entity
@Table(name = "referral")
class Referral extends AbstractEntity {

    @Column(name = "requisition_id", nullable = false, updatable = false)
    private long requisitionId;

    @Column(name = "reference", nullable = false, updatable = false, length = 20)
    private String reference;

    @Column(name = "title", nullable = false, updatable = false, length = 200)
    private String title;

    @Column(name = "referrer", nullable = false, updatable = false, length = 100)
    private String referrer;

    @Column(name = "referred_employee_id", updatable = false)
    private @Nullable Long referredEmployeeId;

    @Column(name = "referred_name", nullable = false, updatable = false, length = ReferralRules.MAX_NAME)
    private String referredName;

    @Column(name = "referred_email", updatable = false, length = ReferralRules.MAX_EMAIL)
    private @Nullable String referredEmail;

    @Column(name = "note", updatable = false, length = ReferralRules.MAX_NOTE)
    private @Nullable String note;

    @Column(name = "application_id")
    private @Nullable Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "progress", nullable = false, length = 30)
    private ReferralProgress progress = ReferralProgress.REFERRED;

    protected Referral() {
        // for JPA
        reference = "";
        title = "";
        referrer = "";
        referredName = "";
    }

    Referral(long requisitionId, String reference, String title, String referrer, @Nullable Long referredEmployeeId,
            String referredName, @Nullable String referredEmail, @Nullable String note) {
        this.requisitionId = requisitionId;
        this.reference = reference;
        this.title = title;
        this.referrer = referrer;
        this.referredEmployeeId = referredEmployeeId;
        this.referredName = referredName;
        this.referredEmail = referredEmail;
        this.note = note;
    }

    void linkTo(long application) {
        this.applicationId = application;
        this.progress = ReferralProgress.APPLIED;
    }

    /** Moves the progress; true when the referrer has something new to hear. */
    boolean progressTo(ReferralProgress next) {
        if (next == progress) {
            return false;
        }
        progress = next;
        return true;
    }

    ReferralProgress getProgress() {
        return progress;
    }

    String getReferrer() {
        return referrer;
    }

    String getReferredName() {
        return referredName;
    }

    String getReference() {
        return reference;
    }

    String getTitle() {
        return title;
    }

    ReferralSummary toSummary(String referrerName) {
        return new ReferralSummary(getId(), reference, title, referrer, referrerName, referredName,
                referredEmployeeId != null, note, progress, getCreatedAt());
    }
}
