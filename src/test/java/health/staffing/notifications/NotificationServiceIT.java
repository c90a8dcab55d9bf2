package health.staffing.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.security.AppRoles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class NotificationServiceIT {

    @Autowired
    NotificationService notifications;

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_unread_count_goes_up_with_each_notification_and_down_as_they_are_read() {
        long before = As.user("manager", notifications::unreadCount);

        notifications.notify("manager", "Requisition 102619 needs your approval", "Medical Director, Primary Care",
                "approvals");
        notifications.notify("manager", "Requisition 102620 was approved", "", "/requisitions/42");

        assertThat(As.user("manager", notifications::unreadCount)).isEqualTo(before + 2);
        List<NotificationItem> recent = As.user("manager", () -> notifications.recent(5));
        assertThat(recent).extracting(NotificationItem::subject)
                .startsWith("Requisition 102620 was approved", "Requisition 102619 needs your approval");
        assertThat(recent.getFirst().link()).isEqualTo("requisitions/42");
        assertThat(recent.getFirst().read()).isFalse();

        As.user("manager", () -> notifications.markRead(recent.getFirst().id()));
        assertThat(As.user("manager", notifications::unreadCount)).isEqualTo(before + 1);
        assertThat(As.user("manager", () -> notifications.recent(1)).getFirst().read()).isTrue();

        As.user("manager", notifications::markAllRead);
        assertThat(As.user("manager", notifications::unreadCount)).isZero();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void nobody_reads_or_marks_another_persons_notifications() {
        notifications.notify("manager", "Your requisition was returned", "Please add the cost center.", null);
        long managersId = As.user("manager", () -> notifications.recent(1)).getFirst().id();

        assertThat(As.user("caregiver", () -> notifications.recent(10))).extracting(NotificationItem::id)
                .doesNotContain(managersId);
        As.user("caregiver", () -> notifications.markRead(managersId));
        As.user("caregiver", notifications::markAllRead);

        assertThat(As.user("manager", () -> notifications.recent(1)).getFirst())
                .satisfies(item -> {
                    assertThat(item.id()).isEqualTo(managersId);
                    assertThat(item.read()).isFalse();
                });
    }

    @Test
    @WithMockUser(username = "cmo", roles = {"CMO_OFFICE", "CAREGIVER"})
    void a_role_is_notified_person_by_person_except_the_excluded() {
        long cmoBefore = notifications.unreadCount();
        long financeBefore = As.user("finance", notifications::unreadCount);
        long managerBefore = As.user("manager", notifications::unreadCount);

        notifications.notifyRole(AppRoles.FINANCE, "A requisition waits for finance", "Budget check", "approvals",
                List.of());
        notifications.notifyRole(AppRoles.CMO_OFFICE, "A requisition waits for the CMO office", "", "approvals",
                List.of("cmo"));

        assertThat(As.user("finance", notifications::unreadCount)).isEqualTo(financeBefore + 1);
        assertThat(notifications.unreadCount()).isEqualTo(cmoBefore);
        assertThat(As.user("manager", notifications::unreadCount)).isEqualTo(managerBefore);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void an_unknown_recipient_is_skipped_without_failing_the_caller() {
        notifications.notify("nobody-here", "Hello", "", null);

        assertThat(As.user("nobody-here", notifications::unreadCount)).isZero();
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
