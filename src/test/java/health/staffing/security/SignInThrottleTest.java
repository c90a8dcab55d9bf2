package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-12-04T09:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void five_failures_pause_a_user_name_and_the_pause_doubles_with_each_further_failure() {
        fail("finance", "10.0.0.1", 4);
        assertThat(throttle.pausedUntil("finance", "10.0.0.2")).isEmpty();

        fail("finance", "10.0.0.1", 1);
        assertThat(throttle.pausedUntil("FINANCE ", "10.0.0.2")).contains(now.plus(Duration.ofMinutes(5)));

        now = now.plus(Duration.ofMinutes(6));
        assertThat(throttle.pausedUntil("finance", "10.0.0.2")).isEmpty();
        fail("finance", "10.0.0.1", 1);
        assertThat(throttle.pausedUntil("finance", "10.0.0.2")).contains(now.plus(Duration.ofMinutes(10)));
    }

    @Test
    void an_unknown_user_name_is_paused_exactly_like_a_real_one() {
        fail("nobody-here", "10.0.0.1", 5);
        assertThat(throttle.pausedUntil("nobody-here", "10.0.0.9")).contains(now.plus(Duration.ofMinutes(5)));
    }

    @Test
    void a_success_clears_the_user_name() {
        fail("finance", "10.0.0.1", 4);
        throttle.succeeded("finance");
        fail("finance", "10.0.0.1", 4);
        assertThat(throttle.pausedUntil("finance", "10.0.0.2")).isEmpty();
    }

    @Test
    void twenty_failures_from_one_address_pause_the_address_for_every_user_name() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i, "10.6.6.6", 1);
        }
        assertThat(throttle.pausedUntil("someone-else", "10.6.6.6")).contains(now.plus(Duration.ofMinutes(15)));
        assertThat(throttle.pausedUntil("someone-else", "10.0.0.1")).isEmpty();
    }

    @Test
    void failures_from_an_address_spread_beyond_the_window_do_not_add_up() {
        for (int i = 0; i < 19; i++) {
            fail("user" + i, "10.6.6.6", 1);
        }
        now = now.plus(Duration.ofMinutes(16));
        fail("user-late", "10.6.6.6", 1);
        assertThat(throttle.pausedUntil("someone-else", "10.6.6.6")).isEmpty();
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }
}
