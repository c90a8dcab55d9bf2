package health.staffing.base.ui;

/**
 * Text put into markup the server writes itself (an SVG chart, an element whose content is one piece of
 * HTML to spare the page an element per line): every character HTML and XML give meaning to is escaped,
 * so a title such as {@code <img onerror=…>} is shown, never run.
 */
public final class Markup {

    private Markup() {
    }

    /** The text as character data or a quoted attribute value, in HTML and in XML (SVG) alike. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\'' -> escaped.append("&#39;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
