package health.staffing.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.DatabaseTest;
import health.staffing.security.SystemActor;
import health.staffing.security.UserAccountService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances doing the same check-then-insert at once (starting together on one database): with the
 * lock the second waits, then finds the work done; nothing fails on a unique key. Real commits on H2
 * and PostgreSQL, removed afterwards.
 */
@DatabaseTest
class ClusterLockIT {

    private static final String ACCOUNT = "ops.race";

    @Autowired
    ClusterLock lock;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheAccount() {
        jdbc.sql("delete from app_user_role where user_id in (select id from app_user where username = ?)")
                .param(ACCOUNT).update();
        jdbc.sql("delete from app_user where username = ?").param(ACCOUNT).update();
    }

    @Test
    void the_same_check_then_insert_from_two_instances_at_once_inserts_once() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Boolean>> instances = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            instances.add(CompletableFuture.supplyAsync(() -> {
                await(together);
                return Boolean.TRUE.equals(SystemActor.call(() -> lock.exclusively("test-race", () -> {
                    if (accounts.exists(ACCOUNT)) {
                        return false;
                    }
                    sleep(); // both would pass the check without the lock
                    accounts.createAccount(ACCOUNT, "a-long-enough-phrase", "Race", null, List.of());
                    return true;
                })));
            }));
        }

        List<Boolean> created = instances.stream().map(CompletableFuture::join).toList();

        assertThat(created).containsExactlyInAnyOrder(true, false);
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(ACCOUNT).query(Long.class)
                .single()).isOne();
    }

    @Test
    void a_lock_has_a_name_that_fits_its_column() {
        assertThatThrownBy(() -> lock.run("x".repeat(51), () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lock.run(" ", () -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
