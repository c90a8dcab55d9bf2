package health.staffing.candidates.referrals;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import health.staffing.base.UniqueKeys;
import health.staffing.candidates.HiringAccess;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Refer a colleague": anyone signed in refers an employee or someone outside to a live posting,
 * once per person per job, never themselves. The referral is linked to the application the person
 * makes afterwards (see {@link ReferralLinker}); the referrer hears of its progress — applied, in
 * process, hired, no longer in consideration — and never of the reasons. Whether someone had applied
 * before is never revealed to the referrer: such a referral simply stays "referred".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReferralService {

    static final String AUDIT_TYPE = "Referral";

    private final ReferralRepository referrals;
    private final PostingService postings;
    private final EmployeeService employees;
    private final UserAccountService accounts;
    private final HiringAccess access;
    private final AuditLog auditLog;

    ReferralService(ReferralRepository referrals, PostingService postings, EmployeeService employees,
            UserAccountService accounts, HiringAccess access, AuditLog auditLog) {
        this.referrals = referrals;
        this.postings = postings;
        this.employees = employees;
        this.accounts = accounts;
        this.access = access;
        this.auditLog = auditLog;
    }

    /** Every problem with the form, each a sentence; empty when it can be sent. */
    public List<String> problems(ReferralForm form) {
        List<String> problems = new ArrayList<>();
        if (form.employeeId() == null) {
            ReferralRules.name(form.name()).ifPresent(problems::add);
            ReferralRules.email(form.email()).ifPresent(problems::add);
        }
        ReferralRules.note(form.note()).ifPresent(problems::add);
        return problems;
    }

    @Transactional
    public ReferralSummary refer(String reference, ReferralForm form) {
        List<String> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new DomainException(String.join(" ", problems));
        }
        PublishedPosting posting = postings.liveByReference(reference)
                .orElseThrow(() -> new DomainException("Job " + reference + " is not open; only a live posting takes"
                        + " referrals."));
        String me = CurrentUser.required();
        Optional<Long> myEmployeeId = accounts.employeeIdOf(me);
        Referral referral;
        if (form.employeeId() != null) {
            EmployeeSummary colleague = employees.findById(form.employeeId())
                    .orElseThrow(() -> new DomainException("There is no employee " + form.employeeId() + "."));
            if (myEmployeeId.isPresent() && myEmployeeId.get() == colleague.id()) {
                throw new DomainException("You cannot refer yourself; apply instead.");
            }
            if (referrals.existsByRequisitionIdAndReferredEmployeeId(posting.requisitionId(), colleague.id())) {
                throw alreadyReferred(colleague.fullName(), reference);
            }
            referral = new Referral(posting.requisitionId(), reference, posting.title(), me, colleague.id(),
                    colleague.fullName(), null, clean(form.note()));
        } else {
            String email = Objects.requireNonNull(form.email(), "checked").strip().toLowerCase(Locale.ROOT);
            String name = Objects.requireNonNull(form.name(), "checked").strip();
            if (myEmployeeId.flatMap(employees::findById).map(e -> email.equalsIgnoreCase(e.email())).orElse(false)) {
                throw new DomainException("You cannot refer yourself; apply instead.");
            }
            if (referrals.existsByRequisitionIdAndReferredEmail(posting.requisitionId(), email)) {
                throw alreadyReferred(name, reference);
            }
            referral = new Referral(posting.requisitionId(), reference, posting.title(), me, null, name, email,
                    clean(form.note()));
        }
        try {
            referral = referrals.saveAndFlush(referral);
        } catch (DataIntegrityViolationException refused) {
            if (UniqueKeys.violated(refused, "referral_employee_uk") || UniqueKeys.violated(refused, "referral_email_uk")) {
                throw alreadyReferred(referral.getReferredName(), reference);
            }
            throw refused;
        }
        auditLog.record(AUDIT_TYPE, referral.getId(), "REFERRED", null,
                me + " referred " + referral.getReferredName() + " to " + reference);
        return referral.toSummary(displayName(me));
    }

    /** The signed-in person's referrals to this job, newest first, with their progress. */
    @Transactional(readOnly = true)
    public List<ReferralSummary> myReferrals(String reference) {
        String me = CurrentUser.required();
        String name = displayName(me);
        return referrals.findByReferrerAndReferenceOrderByCreatedAtDesc(me, reference).stream()
                .map(referral -> referral.toSummary(name)).toList();
    }

    /** Who referred the applicant, for the application's hiring team. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
    public Optional<ReferralSummary> forApplication(long applicationId) {
        access.visible(applicationId, access.viewer());
        return referrals.findByApplicationId(applicationId)
                .map(referral -> referral.toSummary(displayName(referral.getReferrer())));
    }

    private String displayName(String username) {
        return accounts.displayNames(List.of(username)).getOrDefault(username, username);
    }

    private static DomainException alreadyReferred(String name, String reference) {
        // Not who referred them: that is between the referrer and HR.
        return new DomainException(name + " was already referred to job " + reference + ".");
    }

    private static @Nullable String clean(@Nullable String text) {
        return TextLimits.isBlank(text) ? null : text.strip();
    }
}
