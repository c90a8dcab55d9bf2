package health.staffing.notifications;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every query names the recipient: nobody reads another person's notifications. */
interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    List<Notification> findByRecipientAndReadAtIsNull(String recipient);

    Optional<Notification> findByIdAndRecipient(long id, String recipient);
}
