/**
 * The employee records of the health system: who a caregiver is (name, credentials, contact,
 * work location). Other features refer to an employee by id and read them through
 * {@link health.staffing.people.EmployeeService}.
 */
@NullMarked
package health.staffing.people;

import org.jspecify.annotations.NullMarked;
