package health.staffing.security;

import health.staffing.base.ClusterLock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A new database has no accounts, and only an administrator creates accounts. When
 * {@code PORTAL_ADMIN_USERNAME} and {@code PORTAL_ADMIN_PASSWORD} are set (any profile) and the
 * portal has no enabled administrator yet, that account is created once; afterwards the variables
 * can be removed. Variables left behind never recreate or reset an account once an administrator exists.
 * Instances starting together take turns ({@link ClusterLock}): the second finds the account made.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountService accounts;
    private final ClusterLock lock;
    private final String username;
    private final String password;

    FirstAdministrator(UserAccountService accounts, ClusterLock lock,
            @Value("${portal.first-admin.username:}") String username,
            @Value("${portal.first-admin.password:}") String password) {
        this.accounts = accounts;
        this.lock = lock;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfMissing();
    }

    /** @return whether an account was created */
    boolean createIfMissing() {
        if (username.isBlank() || password.isBlank()) {
            return false;
        }
        return Boolean.TRUE.equals(SystemActor.call(() -> lock.exclusively("first-administrator", () -> {
            if (!accounts.withRole(AppRoles.ADMIN).isEmpty() || accounts.exists(username.trim().toLowerCase())) {
                return false;
            }
            accounts.createAccount(username, password, "Administrator", null, List.of(AppRoles.ADMIN));
            log.info("Created the first administrator account '{}'", username);
            return true;
        })));
    }
}
