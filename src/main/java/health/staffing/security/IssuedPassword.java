package health.staffing.security;

/**
 * An account and the temporary password just issued for it: shown once to the administrator, who
 * hands it over; it is never stored in clear and never shown again.
 */
public record IssuedPassword(UserSummary account, String temporaryPassword) {

    @Override
    public String toString() {
        return "IssuedPassword[" + account.username() + "]";
    }
}
