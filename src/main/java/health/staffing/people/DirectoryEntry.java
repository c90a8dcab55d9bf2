package health.staffing.people;

/**
 * An employee record as the HR import compares it: its id, what HR last said, and whether the portal has
 * carried out a termination (seat vacated, account disabled).
 */
public record DirectoryEntry(long id, HrEmployee employee, boolean terminated) {
}
