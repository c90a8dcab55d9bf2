package health.staffing.candidates.messages;

import health.staffing.candidates.MessageKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface MessageTemplateRepository extends JpaRepository<MessageTemplate, MessageKind> {
}
