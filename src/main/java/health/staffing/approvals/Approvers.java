package health.staffing.approvals;

import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who the signed-in user may decide for today: themselves with their roles, and every approver
 * who delegated to them for a range that includes today, with that approver's roles.
 */
@Component
class Approvers {

    private final DelegationRepository delegations;
    private final UserAccountService accounts;

    Approvers(DelegationRepository delegations, UserAccountService accounts) {
        this.delegations = delegations;
        this.accounts = accounts;
    }

    Acting current(LocalDate today) {
        String me = CurrentUser.username();
        Principal self = new Principal(me, displayName(me), CurrentUser.roles());
        List<Principal> delegators = new ArrayList<>();
        for (Delegation delegation : delegations.findActiveFor(me, today)) {
            accounts.findByUsername(delegation.delegator()).filter(UserSummary::enabled).ifPresent(account ->
                    delegators.add(new Principal(account.username(), account.displayName(), account.roles())));
        }
        return new Acting(self, delegators);
    }

    String displayName(String username) {
        return accounts.findByUsername(username).map(UserSummary::displayName).orElse(username);
    }

    record Principal(String username, String displayName, Set<String> roles) {

        boolean mayDecide(ApprovalStep step) {
            return step.role() != null ? roles.contains(step.role()) : username.equals(step.username());
        }
    }

    /** The outcome for one step: who acts ({@code principal}, the user or a delegator), or why not. */
    record Resolution(Principal principal, String refusal, boolean segregation) {
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
                    if (!request.involves(delegator.username())) {
                        return new Resolution(delegator, null, false);
                    }
                    barred = delegator;
                }
            }
            if (barred != null) {
                return new Resolution(null, barred.displayName() + " requested this requisition or hires for it, so"
                        + " you cannot decide it on their behalf (segregation of duties).", true);
            }
            return new Resolution(null, "This step is not waiting for you.", false);
        }
    }
}
