package health.staffing.candidates.offers;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.ApplicationStageChanged;
import health.staffing.candidates.Candidate;
import health.staffing.candidates.CandidateRepository;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.JobApplicationRepository;
import health.staffing.orgchart.IncumbencyService;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.people.NewEmployee;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.security.CurrentUser;
import health.staffing.security.SystemActor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * An accepted offer becomes a hire (decision 8): the application is HIRED, the first hire of a requisition
 * takes its seat in the org chart from the start date (leaving their old seat that day), an external person
 * gets an employee record, and the requisition is FILLED when its openings are. Runs inside the
 * transaction of the acceptance, so a hire that cannot be completed leaves the offer unanswered.
 */
@Component
class OfferHiring {

    private final JobOfferRepository offers;
    private final JobApplicationRepository applications;
    private final CandidateRepository candidates;
    private final RequisitionService requisitions;
    private final OrgChartService orgChart;
    private final IncumbencyService incumbency;
    private final EmployeeService employees;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    OfferHiring(JobOfferRepository offers, JobApplicationRepository applications, CandidateRepository candidates,
            RequisitionService requisitions, OrgChartService orgChart, IncumbencyService incumbency,
            EmployeeService employees, AuditLog auditLog, ApplicationEventPublisher events) {
        this.events = events;
        this.incumbency = incumbency;
        this.offers = offers;
        this.applications = applications;
        this.candidates = candidates;
        this.requisitions = requisitions;
        this.orgChart = orgChart;
        this.employees = employees;
        this.auditLog = auditLog;
    }

    /**
     * The accepted offer fills the position. The org chart, employee records and the requisition
     * belong to HR's secured services; a caregiver accepting runs them as the system actor, whose
     * audit entries sit beside the offer's own "ACCEPTED by" entry.
     */
    void hire(JobOffer offer, String by, Instant now) {
        JobApplication application = offer.getApplication();
        ApplicationStage before = application.getStage();
        application.moveTo(ApplicationStage.HIRED, by, now, null);
        events.publishEvent(new ApplicationStageChanged(application.getId(), ApplicationStage.HIRED));
        applications.saveAndFlush(application);
        auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, application.getId(),
                "STAGE_CHANGED", before.name(), ApplicationStage.HIRED.name());
        asHr(() -> {
            RequisitionDetails requisition = requisitions.details(offer.getRequisitionId());
            long employeeId = employeeOf(offer);
            long hired = offers.countByRequisitionIdAndStatus(offer.getRequisitionId(), OfferStatus.ACCEPTED);
            // One requisition names one seat: the first hire takes it; further openings of the same
            // requisition have no seat of their own, so HR places those hires in the chart by hand.
            if (requisition.positionCode() != null && hired == 1) {
                seat(requisition.positionCode(), employeeId, offer.getStartDate());
                offer.placedIn(requisition.positionCode());
                offers.saveAndFlush(offer);
            }
            if (hired >= requisition.openings() && requisition.status() == RequisitionStatus.POSTED) {
                requisitions.markFilled(requisition.id());
            }
            return null;
        });
    }

    /**
     * Seats the employee from the start date. An employee holds one seat at a time, and the org
     * chart refuses a second: an internal hire leaves the seat they hold on the same day.
     */
    private void seat(String positionCode, long employeeId, LocalDate startDate) {
        Optional<PositionSummary> held = orgChart.positionHeldBy(employeeId);
        if (held.isPresent() && !held.get().code().equals(positionCode)) {
            boolean stillHeldThen = orgChart.findByCode(held.get().code(), startDate)
                    .map(seat -> Objects.equals(seat.incumbentEmployeeId(), employeeId)).orElse(false);
            if (stillHeldThen) {
                incumbency.vacate(held.get().code(), orgChart.versionOf(held.get().code()), startDate);
            }
        }
        incumbency.assignIncumbent(positionCode, orgChart.versionOf(positionCode), employeeId, startDate);
    }

    /**
     * The hire's employee record. An external person gets one now, with a provisional employee
     * number "H" + the offer id (HRIS numbers are six digits, so it can never clash) until HRIS
     * issues theirs; the candidate is linked to it so a later application is internal.
     */
    private long employeeOf(JobOffer offer) {
        Candidate candidate = offer.getApplication().getCandidate();
        if (candidate.getEmployeeId() != null) {
            return candidate.getEmployeeId();
        }
        if (candidate.getGivenName() == null || candidate.getFamilyName() == null || candidate.getEmail() == null) {
            throw new DomainException("An external hire needs a given name, family name and email on the candidate"
                    + " record for their employee record; complete it and record the acceptance again.");
        }
        EmployeeSummary employee = employees.create(new NewEmployee("H" + offer.getId(), candidate.getGivenName(),
                candidate.getFamilyName(), null, candidate.getEmail(), null, offer.getStartDate()));
        candidate.hiredAs(employee.id());
        candidates.saveAndFlush(candidate);
        auditLog.record(offer.getApplication().hiringRecord(), "Candidate", candidate.getId(), "EMPLOYEE_CREATED", null,
                "employee " + employee.employeeNumber() + " from offer " + offer.getId());
        return employee.id();
    }

    private static <T> T asHr(Supplier<T> work) {
        return CurrentUser.isHr() ? work.get()
                : SystemActor.call(work);
    }
}
