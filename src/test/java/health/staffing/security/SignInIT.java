package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import health.staffing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sign-in against the users table, as the login form's filter performs it. */
@DatabaseTest
class SignInIT {

    @Autowired
    DatabaseUserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;

    private Authentication signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(provider).authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void the_demo_recruiter_signs_in_and_is_also_a_caregiver() {
        Authentication signedIn = signIn("recruiter", "leadership-demo");

        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_RECRUITER", "ROLE_CAREGIVER");
    }

    @Test
    void unknown_user_and_wrong_password_fail_the_same_way() {
        Throwable unknownUser = catchThrowable(() -> signIn("nobody", "leadership-demo"));
        Throwable wrongPassword = catchThrowable(() -> signIn("cmo", "guess"));

        assertThat(unknownUser).isInstanceOf(BadCredentialsException.class);
        assertThat(wrongPassword).isInstanceOf(BadCredentialsException.class);
        assertThat(unknownUser.getMessage()).isEqualTo(wrongPassword.getMessage());
    }

    @Test
    void user_names_are_not_case_sensitive() {
        assertThat(signIn("  Admin ", "leadership-demo").getName()).isEqualTo("admin");
    }

    @Test
    void empty_password_is_refused() {
        assertThatThrownBy(() -> signIn("admin", "")).isInstanceOf(BadCredentialsException.class);
    }
}
