package health.staffing.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.DatabaseTest;
import health.staffing.security.AppRoles;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class NotificationServiceIT {

    @Autowired
    NotificationService notifications;

    /** Runs as another signed-in user, then puts the test's user back. */
    private static <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.CAREGIVER))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_unread_count_goes_up_with_each_notification_and_down_as_they_are_read() {
        long before = as("manager", notifications::unreadCount);

        notifications.notify("manager", "Requisition 102619 needs your approval", "Medical Director, Primary Care",
                "approvals");
        notifications.notify("manager", "Requisition 102620 was approved", "", "/requisitions/42");

        assertThat(as("manager", notifications::unreadCount)).isEqualTo(before + 2);
        List<NotificationItem> recent = as("manager", () -> notifications.recent(5));
        assertThat(recent).extracting(NotificationItem::subject)
                .startsWith("Requisition 102620 was approved", "Requisition 102619 needs your approval");
        assertThat(recent.getFirst().link()).isEqualTo("requisitions/42");
        assertThat(recent.getFirst().read()).isFalse();

        as("manager", () -> notifications.markRead(recent.getFirst().id()));
        assertThat(as("manager", notifications::unreadCount)).isEqualTo(before + 1);
        assertThat(as("manager", () -> notifications.recent(1)).getFirst().read()).isTrue();

        as("manager", notifications::markAllRead);
        assertThat(as("manager", notifications::unreadCount)).isZero();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void nobody_reads_or_marks_another_persons_notifications() {
        notifications.notify("manager", "Your requisition was returned", "Please add the cost center.", null);
        long managersId = as("manager", () -> notifications.recent(1)).getFirst().id();

        assertThat(as("caregiver", () -> notifications.recent(10))).extracting(NotificationItem::id)
                .doesNotContain(managersId);
        as("caregiver", () -> notifications.markRead(managersId));
        as("caregiver", notifications::markAllRead);

        assertThat(as("manager", () -> notifications.recent(1)).getFirst())
                .satisfies(item -> {
                    assertThat(item.id()).isEqualTo(managersId);
                    assertThat(item.read()).isFalse();
                });
    }

    @Test
    @WithMockUser(username = "cmo", roles = {"CMO_OFFICE", "CAREGIVER"})
    void a_role_is_notified_person_by_person_except_the_excluded() {
        long cmoBefore = notifications.unreadCount();
        long financeBefore = as("finance", notifications::unreadCount);
        long managerBefore = as("manager", notifications::unreadCount);

        notifications.notifyRole(AppRoles.FINANCE, "A requisition waits for finance", "Budget check", "approvals",
                List.of());
        notifications.notifyRole(AppRoles.CMO_OFFICE, "A requisition waits for the CMO office", "", "approvals",
                List.of("cmo"));

        assertThat(as("finance", notifications::unreadCount)).isEqualTo(financeBefore + 1);
        assertThat(notifications.unreadCount()).isEqualTo(cmoBefore);
        assertThat(as("manager", notifications::unreadCount)).isEqualTo(managerBefore);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void an_unknown_recipient_is_skipped_without_failing_the_caller() {
        notifications.notify("nobody-here", "Hello", "", null);

        assertThat(as("nobody-here", notifications::unreadCount)).isZero();
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void recent_is_capped_and_newest_first() {
        for (int i = 1; i <= 4; i++) {
            notifications.notify("manager", "Notice " + i, "", null);
        }

        assertThat(notifications.recent(3)).extracting(NotificationItem::subject)
                .containsExactly("Notice 4", "Notice 3", "Notice 2");
    }

    @Test
    void nobody_signed_out_can_read_notifications() {
        assertThatThrownBy(() -> notifications.unreadCount())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
