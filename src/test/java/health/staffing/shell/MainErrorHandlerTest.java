package health.staffing.shell;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.base.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

class MainErrorHandlerTest {

    @Test
    void a_broken_business_rule_shows_its_own_message() {
        RuntimeException wrapped = new RuntimeException(new DomainException("Position code X is already in use."));

        assertThat(MainErrorHandler.userMessage(wrapped)).isEqualTo("Position code X is already in use.");
    }

    @Test
    void a_lost_concurrent_edit_asks_to_reload() {
        assertThat(MainErrorHandler.userMessage(new ObjectOptimisticLockingFailureException("Position", 1L)))
                .isEqualTo(MainErrorHandler.CONCURRENT_CHANGE);
    }

    @Test
    void access_denied_says_so_without_details() {
        assertThat(MainErrorHandler.userMessage(new AccessDeniedException("Access Denied")))
                .isEqualTo(MainErrorHandler.NOT_ALLOWED);
    }

    @Test
    void anything_else_is_a_generic_apology_that_reveals_nothing() {
        String message = MainErrorHandler.userMessage(new IllegalStateException("SQL [select * from app_user]"));

        assertThat(message).isEqualTo(MainErrorHandler.UNEXPECTED).doesNotContain("app_user");
    }
}
