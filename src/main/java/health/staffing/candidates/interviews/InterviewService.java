package health.staffing.candidates.interviews;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.CandidateContacts;
import health.staffing.candidates.HiringAccess;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.JobApplicationRepository;
import health.staffing.candidates.PanelInterviews;
import health.staffing.candidates.ReviewerAssignments;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interviews of applications in the Interview or Finalist stage. HR and the requisition's hiring
 * manager schedule them (never a candidate on the requisition); the panel are employees with
 * accounts, each assigned as a reviewer of the application at once (with the reviewers' own rules:
 * not the applicant, not a candidate on the requisition, not the applicant's manager). The candidate
 * and the panel receive an invitation with an iCalendar file; a change or a cancellation is sent
 * with the same UID and a higher SEQUENCE, so calendars replace the event.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class InterviewService implements PanelInterviews {

    private static final Set<ApplicationStage> INTERVIEWING = EnumSet.of(ApplicationStage.INTERVIEW,
            ApplicationStage.FINALIST);
    private static final int MAX_UPCOMING = 20;

    private final InterviewRepository interviews;
    private final JobApplicationRepository applications;
    private final HiringAccess access;
    private final ReviewerAssignments reviewers;
    private final UserAccountService accounts;
    private final EmployeeService employees;
    private final CandidateContacts contacts;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String from;
    private final String domain;

    InterviewService(InterviewRepository interviews, JobApplicationRepository applications, HiringAccess access,
            ReviewerAssignments reviewers, UserAccountService accounts, EmployeeService employees,
            CandidateContacts contacts, AuditLog auditLog,
            ApplicationEventPublisher events, Clock clock, @Value("${portal.mail.from}") String from,
            @Value("${portal.base-url}") String baseUrl) {
        this.interviews = interviews;
        this.applications = applications;
        this.access = access;
        this.reviewers = reviewers;
        this.accounts = accounts;
        this.employees = employees;
        this.contacts = contacts;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.from = from;
        this.domain = Objects.requireNonNullElse(URI.create(baseUrl).getHost(), "staffing-portal");
    }

    /** The application's interviews, oldest first, for its hiring team. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
    public List<InterviewSummary> forApplication(long applicationId) {
        JobApplication application = access.visible(applicationId, access.viewer());
        String candidate = candidateName(application);
        return interviews.findByApplicationIdOrderByStartsAt(applicationId).stream()
                .map(interview -> summary(interview, application, candidate)).toList();
    }

    /** Each application's next scheduled interview still to come, in one query (for a message to many). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
    public Map<Long, InterviewSummary> nextScheduled(Collection<Long> applicationIds) {
        HiringAccess.Viewer viewer = access.viewer();
        Map<Long, JobApplication> visible = new HashMap<>();
        for (long id : new LinkedHashSet<>(applicationIds)) {
            visible.put(id, access.visible(id, viewer));
        }
        Map<Long, InterviewSummary> next = new HashMap<>();
        if (visible.isEmpty()) {
            return next;
        }
        for (Interview interview : interviews.upcomingForApplications(visible.keySet(), clock.instant())) {
            JobApplication application = Objects.requireNonNull(visible.get(interview.getApplicationId()));
            next.putIfAbsent(interview.getApplicationId(), summary(interview, application, candidateName(application)));
        }
        return next;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
    public InterviewSummary schedule(long applicationId, InterviewForm form) {
        JobApplication application = actionable(applicationId, "schedule an interview");
        if (!INTERVIEWING.contains(application.getStage())) {
            throw new DomainException("Move the application to Interview first: it is "
                    + application.getStage().label().toLowerCase() + ".");
        }
        InterviewRules.require(form, clock.instant());
        List<String> panel = panel(form.panel());
        Interview interview = new Interview(applicationId, application.getRequisitionId(), domain,
                InterviewPlan.of(form, panel));
        // The reviewers' rules first (not the applicant, not a candidate, not their manager): a refused
        // panel member stops the scheduling before anything is written.
        panel.forEach(member -> reviewers.assign(List.of(applicationId), member));
        interview = interviews.saveAndFlush(interview);
        auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, applicationId,
                "INTERVIEW_SCHEDULED", null, describe(interview));
        invite(interview, application, "Interview invitation", "You are invited to an interview");
        return summary(interview, application, candidateName(application));
    }

    /** Moves, lengthens or re-staffs a scheduled interview; everyone invited hears of it. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
    public InterviewSummary reschedule(long interviewId, long expectedVersion, InterviewForm form) {
        Interview interview = current(interviewId, expectedVersion);
        JobApplication application = actionable(interview.getApplicationId(), "change an interview");
        InterviewRules.require(form, clock.instant());
        List<String> panel = panel(form.panel());
        Set<String> before = interview.getPanel();
        String was = describe(interview);
        interview.replan(InterviewPlan.of(form, panel));
        panel.stream().filter(member -> !before.contains(member))
                .forEach(member -> reviewers.assign(List.of(application.getId()), member));
        interview = interviews.saveAndFlush(interview);
        auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, application.getId(),
                "INTERVIEW_CHANGED", was, describe(interview));
        invite(interview, application, "Interview changed", "Your interview has changed");
        // Someone taken off the panel is told the event is gone from their calendar.
        List<String> removed = before.stream().filter(member -> !panel.contains(member)).sorted().toList();
        if (!removed.isEmpty()) {
            sendCancellation(interview, application, removed, false);
        }
        return summary(interview, application, candidateName(application));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
    public InterviewSummary cancel(long interviewId, long expectedVersion, String reason) {
        if (TextLimits.isBlank(reason)) {
            throw new DomainException("Say why the interview is cancelled; the candidate and the panel read it.");
        }
        InterviewRules.note(reason).ifPresent(problem -> {
            throw new DomainException(problem);
        });
        Interview interview = current(interviewId, expectedVersion);
        JobApplication application = actionable(interview.getApplicationId(), "cancel an interview");
        interview.cancel(reason.strip());
        interview = interviews.saveAndFlush(interview);
        auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, application.getId(),
                "INTERVIEW_CANCELLED", describe(interview), reason.strip());
        sendCancellation(interview, application, List.copyOf(interview.getPanel()), true);
        return summary(interview, application, candidateName(application));
    }

    /** Done or no-show, with an optional note for the hiring team. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
    public InterviewSummary recordOutcome(long interviewId, long expectedVersion, InterviewStatus outcome,
            @Nullable String note) {
        InterviewRules.note(note).ifPresent(problem -> {
            throw new DomainException(problem);
        });
        Interview interview = current(interviewId, expectedVersion);
        JobApplication application = actionable(interview.getApplicationId(), "record an interview");
        if (interview.getStartsAt().isAfter(clock.instant())) {
            throw new DomainException("The interview has not started yet; cancel it instead.");
        }
        interview.recordOutcome(outcome, clean(note));
        interview = interviews.saveAndFlush(interview);
        auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, application.getId(),
                "INTERVIEW_" + outcome.name(), null, describe(interview));
        return summary(interview, application, candidateName(application));
    }

    /** The signed-in person's coming interviews as a panel member: home's "My interviews". */
    @Override
    @Transactional(readOnly = true)
    public List<PanelInterviews.Upcoming> upcomingOnMyPanels() {
        String me = CurrentUser.required();
        Set<Long> candidacies = access.candidaciesOf(me);
        List<Interview> upcoming = interviews.upcomingOnPanel(me, clock.instant().minusSeconds(3600),
                PageRequest.of(0, MAX_UPCOMING))
                .stream().filter(interview -> !candidacies.contains(interview.getRequisitionId())).toList();
        Map<Long, JobApplication> byId = applicationsOf(upcoming);
        return upcoming.stream().filter(interview -> byId.containsKey(interview.getApplicationId()))
                .map(interview -> {
                    JobApplication application = Objects.requireNonNull(byId.get(interview.getApplicationId()));
                    InterviewSummary summary = summary(interview, application, candidateName(application));
                    return new PanelInterviews.Upcoming(summary.id(), summary.applicationId(), summary.reference(),
                            summary.title(), summary.candidateName(), summary.when(), summary.where());
                }).toList();
    }

    /** The signed-in caregiver's coming interviews, by application: shown in My applications. */
    @Transactional(readOnly = true)
    public List<InterviewSummary> myInterviewsAsCandidate() {
        Optional<Long> employeeId = accounts.employeeIdOf(CurrentUser.required());
        if (employeeId.isEmpty()) {
            return List.of();
        }
        List<Interview> upcoming = interviews.upcomingForEmployee(employeeId.get(), clock.instant().minusSeconds(3600));
        Map<Long, JobApplication> byId = applicationsOf(upcoming);
        return upcoming.stream().filter(interview -> byId.containsKey(interview.getApplicationId()))
                .map(interview -> summary(interview, Objects.requireNonNull(byId.get(interview.getApplicationId())),
                        "you")).toList();
    }

    /** The interviews' applications in one query, by id. */
    private Map<Long, JobApplication> applicationsOf(List<Interview> upcoming) {
        Map<Long, JobApplication> byId = new HashMap<>();
        applications.findAllById(upcoming.stream().map(Interview::getApplicationId).distinct().toList())
                .forEach(application -> byId.put(application.getId(), application));
        return byId;
    }

    private JobApplication actionable(long applicationId, String action) {
        HiringAccess.Viewer viewer = access.viewer();
        JobApplication application = access.visible(applicationId, viewer);
        access.checkNotCandidate(viewer, application.getRequisitionId(), application.getReference(), action);
        return application;
    }

    private Interview current(long interviewId, long expectedVersion) {
        Interview interview = interviews.findById(interviewId)
                .orElseThrow(() -> new DomainException("There is no interview " + interviewId + "."));
        if (interview.getVersion() != expectedVersion) {
            throw new DomainException("Someone else changed this interview meanwhile; it was reloaded.");
        }
        return interview;
    }

    /** The panel as enabled accounts of employees (the invitation needs their work email), in the order chosen. */
    private List<String> panel(List<String> usernames) {
        List<String> panel = new ArrayList<>(new LinkedHashSet<>(usernames));
        for (String username : panel) {
            UserSummary account = accounts.findByUsername(username).filter(UserSummary::enabled)
                    .orElseThrow(() -> new DomainException("There is no active account " + username + "."));
            if (account.employeeId() == null) {
                throw new DomainException(account.displayName() + " has no employee record, so no work email for the"
                        + " invitation; choose an employee.");
            }
        }
        return panel;
    }

    private void invite(Interview interview, JobApplication application, String subject, String opening) {
        List<InterviewCalendar.Person> attendees = attendees(interview, application);
        String calendar = calendar(interview, application, attendees, false);
        String body = opening + " for " + application.getReference() + " · " + application.getTitle() + ".\n\n"
                + details(interview);
        attendees.forEach(person -> events.publishEvent(new InterviewInvitation(person.email(), person.name(),
                subject + ": " + application.getTitle() + ", " + InterviewTimes.when(interview.getStartsAt(),
                        interview.getMinutes(), interview.getZone()), body, calendar, "REQUEST")));
    }

    private void sendCancellation(Interview interview, JobApplication application, List<String> to,
            boolean candidateToo) {
        List<InterviewCalendar.Person> attendees = attendees(interview, application);
        String calendar = calendar(interview, application, attendees, true);
        List<InterviewCalendar.Person> recipients = new ArrayList<>();
        if (candidateToo) {
            candidate(application).ifPresent(recipients::add);
        }
        recipients.addAll(panelPeople(to));
        String body = "The interview for " + application.getReference() + " · " + application.getTitle()
                + " on " + InterviewTimes.when(interview.getStartsAt(), interview.getMinutes(), interview.getZone())
                + " is cancelled" + (candidateToo && interview.getStatusNote() != null
                        ? ": " + interview.getStatusNote() : " for you") + ".";
        recipients.forEach(person -> events.publishEvent(new InterviewInvitation(person.email(), person.name(),
                "Interview cancelled: " + application.getTitle(), body, calendar, "CANCEL")));
    }

    private String calendar(Interview interview, JobApplication application, List<InterviewCalendar.Person> attendees,
            boolean cancelled) {
        return InterviewCalendar.write(new InterviewCalendar.Event(interview.getUid(), interview.getSequence(),
                clock.instant(), interview.getStartsAt(), interview.getEndsAt(),
                "Interview: " + application.getTitle() + " (job " + application.getReference() + ")",
                details(interview), interview.getLocation(), interview.getVideoLink(),
                new InterviewCalendar.Person("Leadership Staffing Portal", from), attendees, cancelled));
    }

    private List<InterviewCalendar.Person> attendees(Interview interview, JobApplication application) {
        List<InterviewCalendar.Person> people = new ArrayList<>();
        candidate(application).ifPresent(people::add);
        people.addAll(panelPeople(interview.getPanel().stream().sorted().toList()));
        return people;
    }

    private Optional<InterviewCalendar.Person> candidate(JobApplication application) {
        CandidateContacts.Contact contact = contacts.of(application);
        return contact.address().map(email -> new InterviewCalendar.Person(contact.name(), email));
    }

    private List<InterviewCalendar.Person> panelPeople(List<String> usernames) {
        List<Long> ids = usernames.stream().map(accounts::employeeIdOf).flatMap(Optional::stream).toList();
        Map<Long, EmployeeSummary> people = employees.findAllById(ids);
        return ids.stream().map(people::get).filter(Objects::nonNull).filter(e -> !TextLimits.isBlank(e.email()))
                .map(e -> new InterviewCalendar.Person(e.fullName(), e.email())).toList();
    }

    private String details(Interview interview) {
        StringBuilder text = new StringBuilder("When: ")
                .append(InterviewTimes.when(interview.getStartsAt(), interview.getMinutes(), interview.getZone()))
                .append(" (").append(interview.getMinutes()).append(" minutes)");
        if (interview.getLocation() != null) {
            text.append("\nWhere: ").append(interview.getLocation());
        }
        if (interview.getVideoLink() != null) {
            text.append("\nVideo: ").append(interview.getVideoLink());
        }
        List<String> panel = interview.getPanel().stream().sorted().toList();
        text.append("\nPanel: ").append(String.join(", ", panelNames(panel)));
        return text.toString();
    }

    private String candidateName(JobApplication application) {
        return contacts.of(application).name();
    }

    private InterviewSummary summary(Interview interview, JobApplication application, String candidate) {
        Map<String, String> names = accounts.displayNames(interview.getPanel());
        List<String> panel = interview.getPanel().stream().sorted(Comparator.comparing(names::get)).toList();
        return new InterviewSummary(interview.getId(), interview.getVersion(), application.getId(),
                application.getReference(), application.getTitle(), candidate, interview.getStartsAt(),
                interview.getMinutes(), interview.getZone(), interview.getLocation(), interview.getVideoLink(),
                panelNames(panel), panel, interview.getStatus(), interview.getStatusNote(),
                interview.getSequence());
    }

    private List<String> panelNames(List<String> usernames) {
        Map<String, String> names = accounts.displayNames(usernames);
        return usernames.stream().map(names::get).toList();
    }

    private static String describe(Interview interview) {
        return interview.getStartsAt() + " " + interview.getMinutes() + "min " + interview.getZone() + " at "
                + interview.getLocation() + " / " + interview.getVideoLink() + " panel " + interview.getPanel()
                + " seq " + interview.getSequence();
    }

    private static @Nullable String clean(@Nullable String text) {
        return TextLimits.isBlank(text) ? null : text.strip();
    }
}
