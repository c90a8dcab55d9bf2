package health.staffing.security;

import health.staffing.base.TextLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a new account must have, checked by the administration form and by the service alike: a user
 * name that fits its column and can be typed on any keyboard (it appears in audit trails and mail
 * addresses), and a display name that fits its column without invisible characters.
 */
public final class AccountRules {

    public static final int MAX_USERNAME = 100;
    public static final int MAX_DISPLAY_NAME = 200;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]*");

    private AccountRules() {
    }

    /** How user names are stored and compared: trimmed, lower case. */
    public static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static List<String> usernameProblems(String username) {
        List<String> problems = new ArrayList<>();
        String normalised = normaliseUsername(username);
        if (normalised.isEmpty()) {
            problems.add("Enter a user name.");
        } else if (normalised.length() > MAX_USERNAME) {
            problems.add(String.format("A user name can be at most %d characters; it has %,d.", MAX_USERNAME,
                    normalised.length()));
        } else if (normalised.length() < 2 || !USERNAME.matcher(normalised).matches()) {
            problems.add("A user name uses letters a–z, digits and . _ - @ only, starting with a letter or digit"
                    + " (for example dana.whitfield).");
        }
        return problems;
    }

    public static List<String> displayNameProblems(String displayName) {
        List<String> problems = new ArrayList<>();
        if (TextLimits.isBlank(displayName)) {
            problems.add("Enter the name shown to others.");
        } else {
            TextLimits.check(problems, "The display name", displayName, MAX_DISPLAY_NAME);
        }
        return problems;
    }

    /** Every problem with a new account at once. */
    public static List<String> problems(String username, String displayName) {
        List<String> problems = new ArrayList<>(usernameProblems(username));
        problems.addAll(displayNameProblems(displayName));
        return problems;
    }
}
