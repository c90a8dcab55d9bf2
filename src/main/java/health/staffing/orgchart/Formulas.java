package health.staffing.orgchart;

/**
 * Cells a spreadsheet would run as a formula, and the apostrophe that keeps them text (OWASP CSV
 * injection). A value that already starts with apostrophes before such a character gets one more,
 * so reading takes exactly one off and every value comes back as it was.
 */
final class Formulas {

    private Formulas() {
    }

    /** Whether the value, after any leading apostrophes, begins with = + - @, a tab or a carriage return. */
    static boolean wouldRun(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        if (i == value.length()) {
            return false;
        }
        char first = value.charAt(i);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The value as written before the export neutralised it. */
    static String restore(String field) {
        return field.startsWith("'") && wouldRun(field) ? field.substring(1) : field;
    }
}
