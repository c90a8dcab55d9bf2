package health.staffing.approvals;

import health.staffing.requisitions.ConflictOfInterest;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who the signed-in user may decide for today: themselves with their roles, and every approver
 * who delegated to them for a range that includes today, with that approver's roles.
 */
@Component
class Approvers {

    private final DelegationRepository delegations;
    private final UserAccountService accounts;
    private final ConflictOfInterest conflicts;

    Approvers(DelegationRepository delegations, UserAccountService accounts, ConflictOfInterest conflicts) {
        this.delegations = delegations;
        this.accounts = accounts;
        this.conflicts = conflicts;
    }

    Acting current(LocalDate today) {
        String me = CurrentUser.required();
        Principal self = new Principal(me, displayName(me), CurrentUser.roles(), conflicts.requisitionsOf(me));
        List<Principal> delegators = new ArrayList<>();
        for (Delegation delegation : delegations.findActiveFor(me, today)) {
            accounts.findByUsername(delegation.delegator()).filter(UserSummary::enabled).ifPresent(account ->
                    delegators.add(new Principal(account.username(), account.displayName(), account.roles(),
                            conflicts.requisitionsOf(account.username()))));
        }
        return new Acting(self, delegators);
    }

    String displayName(String username) {
        return accounts.findByUsername(username).map(UserSummary::displayName).orElse(username);
    }

    /** An approver: their roles, and the requisitions on which they are a candidate (never theirs to decide). */
    record Principal(String username, String displayName, Set<String> roles, Set<Long> candidacies) {

        boolean mayDecide(ApprovalStep step) {
            return step.role() != null ? roles.contains(step.role()) : username.equals(step.username());
        }

        /** Requested it, hires for it, or is a candidate on it. */
        boolean conflicted(ApprovalRequest request) {
            return request.involves(username) || candidacies.contains(request.requisitionId());
        }
    }

    /**
     * The outcome for one step: who acts ({@code principal}, the user or a delegator), or why not;
     * {@code candidate} when the refusal is a candidate's conflict of interest (it is audited).
     */
    record Resolution(@Nullable Principal principal, @Nullable String refusal, boolean segregation,
            boolean candidate) {

        Resolution(@Nullable Principal principal, @Nullable String refusal, boolean segregation) {
            this(principal, refusal, segregation, false);
        }
    }

    record Acting(Principal self, List<Principal> delegators) {

        Set<String> roles() {
            Set<String> roles = new HashSet<>(self.roles());
            delegators.forEach(principal -> roles.addAll(principal.roles()));
            roles.add("");
            return roles;
        }

        Set<String> usernames() {
            Set<String> names = new HashSet<>();
            names.add(self.username());
            delegators.forEach(principal -> names.add(principal.username()));
            return names;
        }

        /**
         * Segregation of duties first: nobody decides a step of a requisition they requested or hire
         * for, and a delegate cannot decide for an approver who did.
         */
        Resolution resolve(ApprovalStep step) {
            ApprovalRequest request = step.request();
            if (self.candidacies().contains(request.requisitionId())) {
                return new Resolution(null, "You are a candidate for job " + request.reference() + ", so you cannot"
                        + " decide its approval (conflict of interest).", true, true);
            }
            if (request.involves(self.username())) {
                return new Resolution(null, "You requested this requisition or hire for it, so you cannot decide"
                        + " its approval steps (segregation of duties).", true);
            }
            if (self.mayDecide(step)) {
                return new Resolution(self, null, false);
            }
            Principal barred = null;
            for (Principal delegator : delegators) {
                if (delegator.mayDecide(step)) {
                    if (!delegator.conflicted(request)) {
                        return new Resolution(delegator, null, false);
                    }
                    barred = delegator;
                }
            }
            if (barred != null) {
                return new Resolution(null, barred.displayName() + " requested this requisition, hires for it or is a"
                        + " candidate for it, so you cannot decide it on their behalf (segregation of duties).", true);
            }
            return new Resolution(null, "This step is not waiting for you.", false);
        }
    }
}
