package health.staffing.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per user name and per client address. After 5 failed sign-ins in a
 * row a user name pauses for 5 minutes, and each further failure doubles the pause up to an hour;
 * 20 failures from one address within 15 minutes pause that address for 15 minutes. A success
 * clears the user name. Unknown user names are counted exactly like real ones, so the pause never
 * tells whether an account exists. Kept in this server's memory (several servers: issue 17).
 */
@Component
class SignInThrottle {

    static final int USER_FAILURES_BEFORE_PAUSE = 5;
    static final Duration FIRST_USER_PAUSE = Duration.ofMinutes(5);
    static final Duration LONGEST_USER_PAUSE = Duration.ofHours(1);
    static final int ADDRESS_FAILURES_BEFORE_PAUSE = 20;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    /** Beyond this many tracked keys, stale ones are dropped so a spray of names cannot fill the heap. */
    static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Until when sign-in is paused for this user name or this address, if it is. */
    Optional<Instant> pausedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant user = until(byUser.get(key(username)), now);
        Instant client = until(byAddress.get(address), now);
        Instant later = user == null ? client : client == null ? user : (user.isAfter(client) ? user : client);
        return Optional.ofNullable(later);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        forgetStale(now);
        byUser.compute(key(username), (key, failures) -> {
            int count = failures == null ? 1 : failures.count() + 1;
            Instant pause = null;
            if (count >= USER_FAILURES_BEFORE_PAUSE) {
                long doublings = Math.min(count - USER_FAILURES_BEFORE_PAUSE, 10);
                Duration length = FIRST_USER_PAUSE.multipliedBy(1L << doublings);
                pause = now.plus(length.compareTo(LONGEST_USER_PAUSE) > 0 ? LONGEST_USER_PAUSE : length);
            }
            return new Failures(count, now, pause);
        });
        byAddress.compute(address, (key, failures) -> {
            boolean recent = failures != null && failures.last().isAfter(now.minus(ADDRESS_WINDOW));
            int count = recent ? failures.count() + 1 : 1;
            return new Failures(count, now, count >= ADDRESS_FAILURES_BEFORE_PAUSE ? now.plus(ADDRESS_WINDOW) : null);
        });
    }

    void succeeded(String username) {
        byUser.remove(key(username));
    }

    private static @Nullable Instant until(@Nullable Failures failures, Instant now) {
        return failures == null || failures.pausedUntil() == null || !failures.pausedUntil().isAfter(now) ? null
                : failures.pausedUntil();
    }

    private void forgetStale(Instant now) {
        for (Map<String, Failures> map : java.util.List.of(byUser, byAddress)) {
            if (map.size() > MAX_TRACKED) {
                map.values().removeIf(failures -> failures.last().isBefore(now.minus(LONGEST_USER_PAUSE)));
            }
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }

    private record Failures(int count, Instant last, @Nullable Instant pausedUntil) {
    }
}
