package health.staffing.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An employee as the HR system describes them: a line of its nightly file, or HR's own form. Text is as
 * given; {@link #normalised()} is what is stored and compared.
 */
public record HrEmployee(String employeeNumber, String givenName, String familyName, @Nullable String postNominals,
        String email, @Nullable String workLocation, @Nullable String managerEmployeeNumber,
        @Nullable LocalDate hireDate, @Nullable LocalDate terminationDate, @Nullable BigDecimal fte) {

    /** Trimmed, blanks as null, the email in lower case, the FTE with two decimals. */
    public HrEmployee normalised() {
        return new HrEmployee(employeeNumber.strip(), givenName.strip(), familyName.strip(), orNull(postNominals),
                email.strip().toLowerCase(java.util.Locale.ROOT), orNull(workLocation), orNull(managerEmployeeNumber),
                hireDate, terminationDate, fte == null ? null : fte.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    /** Whether HR has ended the employment on or before this day. */
    public boolean terminatedBy(LocalDate day) {
        return terminationDate != null && !terminationDate.isAfter(day);
    }

    private static @Nullable String orNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
