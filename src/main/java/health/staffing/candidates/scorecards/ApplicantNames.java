package health.staffing.candidates.scorecards;

import health.staffing.candidates.JobApplication;
import health.staffing.candidates.review.BlindReview;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import org.springframework.stereotype.Component;

/** The name the hiring team reads for an applicant: the employee's, "External candidate", or the blind alias. */
@Component
class ApplicantNames {

    private final EmployeeService employees;

    ApplicantNames(EmployeeService employees) {
        this.employees = employees;
    }

    String of(JobApplication a) {
        Long employeeId = a.getCandidate().getEmployeeId();
        return employeeId == null ? "External candidate"
                : employees.findById(employeeId).map(EmployeeSummary::fullName).orElse("Employee " + employeeId);
    }

    /** As {@link #of}, or the application's alias while the blind first pass masks it. */
    String shown(JobApplication a, boolean masked) {
        return masked ? BlindReview.alias(a.getId()) : of(a);
    }
}
