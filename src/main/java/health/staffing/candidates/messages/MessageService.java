package health.staffing.candidates.messages;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.CandidateContacts;
import health.staffing.candidates.CandidateMessages;
import health.staffing.candidates.HiringAccess;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.MessageKind;
import health.staffing.candidates.interviews.InterviewService;
import health.staffing.candidates.interviews.InterviewSummary;
import health.staffing.notifications.NotificationService;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Templated messages to candidates. HR edits the four templates; HR sends one or many from the
 * candidate grid after a preview of each rendered message; every message is kept on the
 * application's timeline as sent. A caregiver receives it as a portal notification (which emails
 * them); an external candidate by email. HR's messages never carry the internal reasons of a
 * decision: only what the template and its merge fields say.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MessageService implements CandidateMessages {

    static final int MAX_AT_ONCE = 200;

    private final MessageTemplateRepository templates;
    private final CandidateMessageRepository messages;
    private final HiringAccess access;
    private final RequisitionService requisitions;
    private final InterviewService interviews;
    private final UserAccountService accounts;
    private final CandidateContacts contacts;
    private final NotificationService notifications;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageService(MessageTemplateRepository templates, CandidateMessageRepository messages, HiringAccess access,
            RequisitionService requisitions, InterviewService interviews, UserAccountService accounts,
            CandidateContacts contacts, NotificationService notifications, AuditLog auditLog,
            ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.messages = messages;
        this.access = access;
        this.requisitions = requisitions;
        this.interviews = interviews;
        this.accounts = accounts;
        this.contacts = contacts;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public List<TemplateSummary> templates() {
        return templates.findAll().stream().map(MessageTemplate::toSummary)
                .sorted(Comparator.comparing(TemplateSummary::kind)).toList();
    }

    /** Saves a template after the rules (lengths, known merge fields); a stale version is refused. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public TemplateSummary saveTemplate(MessageKind kind, long expectedVersion, String subject, String body) {
        List<String> problems = new ArrayList<>();
        MessageRules.subject(subject).ifPresent(problems::add);
        MessageRules.body(body).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new DomainException(String.join(" ", problems));
        }
        MessageTemplate template = templates.findById(kind).orElseThrow();
        if (template.getVersion() != expectedVersion) {
            throw stale(kind);
        }
        String before = template.getSubject();
        template.edit(subject.strip(), body.strip(), clock.instant(), CurrentUser.required());
        try {
            template = templates.saveAndFlush(template);
        } catch (ObjectOptimisticLockingFailureException stale) {
            throw stale(kind);
        }
        auditLog.record("MessageTemplate", kind.name(), "EDITED", before, template.getSubject());
        return template.toSummary();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('RECRUITER')")
    public List<Rendered> preview(Collection<Long> applicationIds, MessageKind kind) {
        MessageTemplate template = templates.findById(kind).orElseThrow();
        return render(selected(applicationIds), template);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('RECRUITER')")
    public int send(Collection<Long> applicationIds, MessageKind kind) {
        MessageTemplate template = templates.findById(kind).orElseThrow();
        List<JobApplication> selected = selected(applicationIds);
        List<Rendered> rendered = render(selected, template);
        for (Rendered message : rendered) {
            if (message.body().length() > MessageRules.MAX_BODY) {
                throw new DomainException("The message to " + message.candidateName() + " would be longer than "
                        + MessageRules.MAX_BODY + " characters once filled in; shorten the template. Nothing was sent.");
            }
        }
        for (int i = 0; i < selected.size(); i++) {
            JobApplication application = selected.get(i);
            Rendered message = rendered.get(i);
            messages.save(new CandidateMessage(application.getId(), kind, message.to(), message.subject(),
                    message.body()));
            auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, application.getId(),
                    "MESSAGE_SENT", null, kind.name() + " to " + Objects.requireNonNullElse(message.to(), "(no email)"));
            deliver(application, message);
        }
        return selected.size();
    }

    /** The application's messages, newest first, for its hiring team. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
    public List<SentMessage> timeline(long applicationId) {
        access.visible(applicationId, access.viewer());
        return messages.findByApplicationIdOrderByCreatedAtDescIdDesc(applicationId).stream()
                .map(CandidateMessage::toSent).toList();
    }

    /** The applications the sender may message: visible, not on a requisition they are a candidate on. */
    private List<JobApplication> selected(Collection<Long> applicationIds) {
        if (applicationIds == null || applicationIds.isEmpty()) {
            throw new DomainException("Select at least one application.");
        }
        if (applicationIds.size() > MAX_AT_ONCE) {
            throw new DomainException("Send to at most " + MAX_AT_ONCE + " candidates at once.");
        }
        HiringAccess.Viewer viewer = access.viewer();
        List<JobApplication> selected = new ArrayList<>();
        for (long id : new LinkedHashSet<>(applicationIds)) {
            JobApplication application = access.visible(id, viewer);
            access.checkNotCandidate(viewer, application.getRequisitionId(), application.getReference(),
                    "message its candidates");
            selected.add(application);
        }
        return selected;
    }

    /**
     * Each application's message with its fields filled: the next interviews in one query, each
     * requisition's recruiter looked up once.
     */
    private List<Rendered> render(List<JobApplication> selected, MessageTemplate template) {
        Map<Long, InterviewSummary> next = interviews.nextScheduled(selected.stream().map(JobApplication::getId)
                .toList());
        Map<Long, String> recruiters = new HashMap<>();
        return selected.stream().map(application -> render(application, template,
                recruiters.computeIfAbsent(application.getRequisitionId(), this::recruiterOf),
                next.get(application.getId()))).toList();
    }

    private Rendered render(JobApplication application, MessageTemplate template, String recruiter,
            @Nullable InterviewSummary nextInterview) {
        CandidateContacts.Contact candidate = contacts.of(application);
        Map<String, String> values = new HashMap<>();
        values.put(MergeFields.CANDIDATE, candidate.name());
        values.put(MergeFields.ROLE, application.getTitle());
        values.put(MergeFields.REFERENCE, application.getReference());
        values.put(MergeFields.RECRUITER, recruiter);
        values.put(MergeFields.INTERVIEW, nextInterview == null ? "to be scheduled" : nextInterview.when()
                + (nextInterview.location() == null ? "" : ", " + nextInterview.location())
                + (nextInterview.videoLink() == null ? "" : " (video: " + nextInterview.videoLink() + ")"));
        return new Rendered(application.getId(), candidate.name(), candidate.email(),
                oneLine(MergeFields.render(template.getSubject(), values)), MergeFields.render(template.getBody(), values));
    }

    private void deliver(JobApplication application, Rendered message) {
        Long employeeId = application.getCandidate().getEmployeeId();
        Optional<UserSummary> account = employeeId == null ? Optional.empty() : accounts.findByEmployeeId(employeeId);
        if (account.isPresent()) {
            // In the portal under the bell, and by email to the work address on record.
            notifications.notify(account.get().username(), message.subject(), message.body(), "my-applications");
        } else if (message.to() != null) {
            events.publishEvent(new CandidateMessageMail(message.to(), message.subject(), message.body()));
        }
    }

    private String recruiterOf(long requisitionId) {
        return requisitions.team(requisitionId).map(team -> accounts.displayNames(List.of(team.recruiter()))
                .get(team.recruiter())).orElse("The recruiting team");
    }

    private static DomainException stale(MessageKind kind) {
        return new DomainException("Someone else changed the " + kind.label().toLowerCase() + " template meanwhile;"
                + " nothing was saved. Copy your text, choose the template again to load theirs, and save again.");
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("[\\r\\n]+", " ").strip();
        return line.length() <= MessageRules.MAX_SUBJECT ? line : line.substring(0, MessageRules.MAX_SUBJECT - 1) + "…";
    }
}
