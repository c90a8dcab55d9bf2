package health.staffing.candidates;

import java.util.Optional;

/**
 * The National Provider Identifier: ten digits, the last a Luhn check digit computed over the nine
 * before it prefixed with the card issuer prefix 80840 (CMS, "NPI check digit").
 */
public final class Npi {

    private Npi() {
    }

    /** The problem with this NPI, or empty when it is valid. */
    public static Optional<String> problem(String npi) {
        if (npi == null || !npi.matches("\\d{10}")) {
            return Optional.of("An NPI is exactly 10 digits.");
        }
        if (!hasValidCheckDigit(npi)) {
            return Optional.of("This NPI's check digit is wrong; please check the number.");
        }
        return Optional.empty();
    }

    public static boolean isValid(String npi) {
        return problem(npi).isEmpty();
    }

    private static boolean hasValidCheckDigit(String npi) {
        String digits = "80840" + npi;
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
