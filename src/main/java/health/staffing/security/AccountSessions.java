package health.staffing.security;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The open sessions of each account (Spring's session registry), so that disabling an account or
 * replacing its password signs it out everywhere: each session ends at its next request, not at its
 * idle timeout. The registry is this server's memory; several servers need a shared session store.
 */
@Component
class AccountSessions {

    private final SessionRegistry registry;

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends the user's sessions once the change that calls for it is committed (not if it rolls back). */
    void endAfterCommit(String username) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(username);
                }
            });
        } else {
            end(username);
        }
    }

    /** How many sessions the user has open on this server. */
    int open(String username) {
        return registry.getAllPrincipals().stream().filter(principal -> username.equals(nameOf(principal)))
                .mapToInt(principal -> registry.getAllSessions(principal, false).size()).sum();
    }

    private void end(String username) {
        registry.getAllPrincipals().stream().filter(principal -> username.equals(nameOf(principal)))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }

    private static String nameOf(Object principal) {
        if (principal instanceof UserDetails user) {
            return user.getUsername();
        }
        return principal instanceof AuthenticatedPrincipal signedIn ? signedIn.getName() : String.valueOf(principal);
    }
}
