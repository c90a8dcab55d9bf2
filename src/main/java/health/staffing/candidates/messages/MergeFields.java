package health.staffing.candidates.messages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merge fields a template may use, in braces: {candidate}, {role}, {reference}, {interview},
 * {recruiter}. A field the portal does not know is refused when the template is saved, so no
 * candidate ever reads "{candiate}". Pure: plain unit tests.
 */
public final class MergeFields {

    public static final String CANDIDATE = "candidate";
    public static final String ROLE = "role";
    public static final String REFERENCE = "reference";
    public static final String INTERVIEW = "interview";
    public static final String RECRUITER = "recruiter";
    /** The fields in the order the editor lists them, with what each becomes. */
    public static final Map<String, String> KNOWN = known();
    private static final Pattern FIELD = Pattern.compile("\\{([^{}\\s]{1,40})\\}");

    private MergeFields() {
    }

    private static Map<String, String> known() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(CANDIDATE, "the candidate's name");
        fields.put(ROLE, "the job title");
        fields.put(REFERENCE, "the job reference");
        fields.put(INTERVIEW, "the next interview's date, time and place");
        fields.put(RECRUITER, "the recruiter's name");
        return Collections.unmodifiableMap(fields);
    }

    /** The unknown fields a text uses, each as written ("{candiate}"), in order; empty when all are known. */
    public static List<String> unknown(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = FIELD.matcher(text);
        while (matcher.find()) {
            if (!KNOWN.containsKey(matcher.group(1))) {
                unknown.add(matcher.group());
            }
        }
        return new ArrayList<>(unknown);
    }

    /** The text with every known field replaced by its value (a missing value leaves the field's meaning). */
    public static String render(String text, Map<String, String> values) {
        Matcher matcher = FIELD.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String field = matcher.group(1);
            String value = KNOWN.containsKey(field) ? values.getOrDefault(field, "(" + KNOWN.get(field) + ")")
                    : matcher.group();
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }
}
