package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The sign-in check as the form's filter calls it: audited whether it succeeds or not. */
@DatabaseTest
class AuditedSignInIT {

    @Autowired
    AuthenticationManager signIn;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_sign_in_and_a_failure_are_both_in_the_audit_trail() {
        long before = events("reviewer");

        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("reviewer", "leadership-demo"))
                .isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("reviewer",
                "wrong-password-here"))).isInstanceOf(BadCredentialsException.class);

        assertThat(events("reviewer") - before).isEqualTo(2);
    }

    private long events(String actor) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'SignIn' and actor = :actor")
                .param("actor", actor).query(Long.class).single();
    }
}
