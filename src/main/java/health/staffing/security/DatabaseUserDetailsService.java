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
 * account with a temporary password signs in with no role at all, only the duty to change it. With
 * single sign-on in production, only the emergency ("break-glass") administrators sign in here.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final SignInSettings settings;

    DatabaseUserDetailsService(UserAccountRepository accounts, SignInSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!settings.mayUsePassword(username)) {
            throw new UsernameNotFoundException("Password sign-in is for the emergency administrators only");
        }
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
