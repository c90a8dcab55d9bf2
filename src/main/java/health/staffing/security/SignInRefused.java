package health.staffing.security;

import org.springframework.security.core.AuthenticationException;

/** A directory vouched for someone the portal will not sign in; the reason is shown on the sign-in page. */
public class SignInRefused extends AuthenticationException {

    private final Reason reason;

    public SignInRefused(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Each reason has a code for the sign-in page's address and a sentence for the person. */
    public enum Reason {
        NOT_IN_DIRECTORY("not-in-directory", "Your network account is not in the portal's employee directory yet."
                + " HR adds employees from the HR system every night; ask the service desk if this persists."),
        ACCOUNT_DISABLED("disabled", "Your portal account is disabled. Ask the service desk to re-enable it."),
        BOUND_ELSEWHERE("bound-elsewhere", "Another network account is already linked to this employee's portal"
                + " account. Ask the service desk to check your directory entry."),
        NO_IDENTIFIER("no-identifier", "The sign-in service did not say who you are (no employee number or email"
                + " address came with the sign-in). Ask the service desk."),
        UNVERIFIED_EMAIL("unverified-email", "The sign-in service has not verified your email address, so it"
                + " cannot be matched to an employee. Ask the service desk."),
        FAILED("failed", "Single sign-on did not complete. Try again; if it fails again, ask the service desk.");

        private final String code;
        private final String message;

        Reason(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }

        public static Reason ofCode(String code) {
            for (Reason reason : values()) {
                if (reason.code.equals(code)) {
                    return reason;
                }
            }
            return FAILED;
        }
    }
}
