package health.staffing.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in. An unknown user and a wrong password end in the same
 * "bad credentials" answer (Spring hides the difference), so the login page leaks nothing. An
 * account with a temporary password signs in with no role at all, only the duty to change it.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    DatabaseUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username.trim().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(account.mustChangePassword()
                        ? List.of(new SimpleGrantedAuthority(CurrentUser.MUST_CHANGE_PASSWORD))
                        : account.getRoles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList())
                .build();
    }
}
