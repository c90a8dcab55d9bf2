package health.staffing.requisitions;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes posting text safe before it is stored and again before it is shown. Posting bodies are
 * Markdown that HR types or pastes; whatever markup comes with it, only this survives:
 * <ul>
 * <li>the text itself, verbatim when it holds no markup (so the seeds' wording is kept exactly);</li>
 * <li>inline formatting tags without attributes ({@code <b> <strong> <i> <em> <u> <s> <sub> <sup> <br>});
 * every other HTML element is removed (its text kept, except script and style contents), with all
 * attributes, so no event handler or {@code href} survives;</li>
 * <li>Markdown links, images, reference definitions and autolinks whose address is relative or
 * http(s), mailto or tel. Any other scheme ({@code javascript:}, {@code data:}, {@code vbscript:},
 * also written in mixed case, with entities, backslash escapes, percent-encoding or whitespace
 * inside) is neutralised: the link syntax is escaped, so the text shows but nothing is clickable.</li>
 * </ul>
 * HTML parsing and the element allow-list are jsoup's ({@link Safelist}); jsoup comes with Vaadin
 * (flow-server), so its version follows the Vaadin BOM.
 */
public final class PostingSanitiser {

    private static final Safelist INLINE_FORMATTING = Safelist.none()
            .addTags("b", "strong", "i", "em", "u", "s", "sub", "sup", "br");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** Characters browsers drop or ignore inside a URL, used to hide a scheme: whitespace and controls. */
    private static final Pattern URL_NOISE = Pattern.compile("[\\s\\p{Cntrl}\\u00AD\\u200B-\\u200F\\u2028\\u2029\\uFEFF\\\\]");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    /** Markup worth parsing: a tag, end tag, comment, doctype or processing instruction, or an entity. */
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!?]|" + "&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern ENTITY_START = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern AUTOLINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.\\-]{1,31}:[^\\s<>]*)>");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^( {0,3})\\[((?:[^\\]\\\\\\n]|\\\\.)+)\\]:");
    private static final char PLACEHOLDER = '\uE000';

    private PostingSanitiser() {
    }

    /** A section body or any multi-line Markdown text. Never null. */
    public static String markdown(String text) {
        if (text == null) {
            return "";
        }
        String result = normalise(text);
        // Repeat until nothing changes: removing one piece must not assemble another (<scr<script>ipt>).
        for (int round = 0; round < 5; round++) {
            String next = neutraliseLinks(removeHtml(result));
            if (next.equals(result)) {
                break;
            }
            result = next;
        }
        return result.strip().isEmpty() ? "" : stripTrailingBlankLines(result);
    }

    /** A one-line text (heading, competency): sanitised like Markdown, on one line. */
    public static String line(String text) {
        return markdown(text).replaceAll("\\s*\\n\\s*", " ").strip();
    }

    /**
     * A value from elsewhere (a requisition title, a person's name) placed into the Markdown
     * document: sanitised and escaped so it is shown as written, never interpreted as Markdown.
     */
    public static String literal(String text) {
        String clean = line(text);
        StringBuilder escaped = new StringBuilder(clean.length() + 8);
        for (char c : clean.toCharArray()) {
            if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    // ---------------------------------------------------------------- HTML

    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            if (c == '\n' || c == '\t' || (!Character.isISOControl(c) && c != PLACEHOLDER)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String removeHtml(String text) {
        if (!MARKUP.matcher(text).find()) {
            return text;
        }
        // Autolinks look like tags to an HTML parser; keep the safe ones aside, drop the others.
        List<String> autolinks = new ArrayList<>();
        Matcher autolink = AUTOLINK.matcher(text);
        StringBuilder protectedText = new StringBuilder();
        while (autolink.find()) {
            String replacement = "";
            if (isSafeUrl(autolink.group(1))) {
                autolinks.add(autolink.group());
                replacement = PLACEHOLDER + String.valueOf(autolinks.size() - 1) + PLACEHOLDER;
            }
            autolink.appendReplacement(protectedText, Matcher.quoteReplacement(replacement));
        }
        autolink.appendTail(protectedText);

        Document dirty = Jsoup.parseBodyFragment(protectedText.toString());
        Document clean = new Cleaner(INLINE_FORMATTING).clean(dirty);
        StringBuilder out = new StringBuilder(text.length());
        for (Node node : clean.body().childNodes()) {
            write(node, out);
        }
        String result = out.toString();
        for (int i = 0; i < autolinks.size(); i++) {
            result = result.replace(PLACEHOLDER + String.valueOf(i) + PLACEHOLDER, autolinks.get(i));
        }
        return result;
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(escapeMarkup(text.getWholeText()));
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("br")) {
                out.append("<br>");
                return;
            }
            out.append('<').append(tag).append('>');
            for (Node child : element.childNodes()) {
                write(child, out);
            }
            out.append("</").append(tag).append('>');
        }
        // Comments, data (script/style) and anything else: dropped.
    }

    /**
     * Text the parser decoded ("&amp;lt;script&amp;gt;" became "&lt;script&gt;") is written back so
     * that Markdown shows it as text: a "<" that could open a tag and an "&" that could start an
     * entity are escaped; everything else is left as typed.
     */
    private static String escapeMarkup(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (c == '<' && (Character.isLetter(next) || next == '/' || next == '!' || next == '?')) {
                out.append("&lt;");
            } else if (c == '&' && ENTITY_START.matcher(text).region(i, text.length()).lookingAt()) {
                out.append("&amp;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- Markdown links

    private static String neutraliseLinks(String text) {
        String result = text;
        int from = 0;
        int at;
        // Inline links and images: "[label](destination ...)". An unsafe one is replaced by its label.
        while ((at = result.indexOf("](", from)) >= 0) {
            int close = closingParenthesis(result, at + 1);
            String destination = result.substring(at + 2, close < 0 ? windowEnd(result, at + 2) : close);
            if (isSafeDestination(destination)) {
                from = at + 2;
                continue;
            }
            int open = openingBracket(result, at);
            int start = open < 0 ? at : (open > 0 && result.charAt(open - 1) == '!' ? open - 1 : open);
            String label = open < 0 ? "" : result.substring(open + 1, at);
            int end = close < 0 ? windowEnd(result, at + 2) : close + 1;
            result = result.substring(0, start) + label + result.substring(end);
            from = start;
        }
        return neutraliseDefinitions(result);
    }

    /** Reference definitions "[id]: destination", whose destination may sit on the next line: unsafe ones go. */
    private static String neutraliseDefinitions(String text) {
        Matcher definition = REFERENCE_DEFINITION.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (definition.find()) {
            int end = windowEnd(text, definition.end());
            String rest = text.substring(definition.end(), end);
            if (isSafeDestination(rest)) {
                definition.appendReplacement(out, Matcher.quoteReplacement(definition.group()));
            } else {
                definition.appendReplacement(out, "");
                // skip the destination as well
                int skip = end - definition.end();
                out.append(PLACEHOLDER).append(skip).append(PLACEHOLDER);
            }
        }
        definition.appendTail(out);
        return dropSkipped(out.toString());
    }

    private static String dropSkipped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == PLACEHOLDER) {
                int close = text.indexOf(PLACEHOLDER, i + 1);
                int skip = Integer.parseInt(text.substring(i + 1, close));
                i = close + 1 + skip;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The end of the line after {@code from}, or of the next line when the rest of this one is blank. */
    private static int windowEnd(String text, int from) {
        int lineEnd = text.indexOf('\n', from);
        if (lineEnd < 0) {
            return text.length();
        }
        if (!text.substring(from, lineEnd).isBlank()) {
            return lineEnd;
        }
        int nextEnd = text.indexOf('\n', lineEnd + 1);
        return nextEnd < 0 ? text.length() : nextEnd;
    }

    /** The ")" closing the "(" at {@code parenthesis}, counting nested pairs, within two lines; -1 if none. */
    private static int closingParenthesis(String text, int parenthesis) {
        int depth = 0;
        int newlines = 0;
        for (int i = parenthesis; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            } else if (c == '\n' && ++newlines > 1) {
                return -1;
            }
        }
        return -1;
    }

    /** The "[" opening the label that ends with the "]" at {@code bracket}; -1 if none. */
    private static int openingBracket(String text, int bracket) {
        int depth = 0;
        for (int i = bracket; i >= 0; i--) {
            char c = text.charAt(i);
            boolean escaped = i > 0 && text.charAt(i - 1) == '\\';
            if (escaped) {
                continue;
            }
            if (c == ']') {
                depth++;
            } else if (c == '[' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSafeDestination(String raw) {
        String destination = raw.strip();
        if (destination.startsWith("<")) {
            int close = destination.indexOf('>');
            destination = destination.substring(1, close < 0 ? destination.length() : close);
        }
        return isSafeUrl(destination);
    }

    /** Relative addresses and http(s), mailto and tel pass; every other scheme, however written, fails. */
    static boolean isSafeUrl(String url) {
        String decoded = url;
        for (int i = 0; i < 3; i++) {
            String next = Parser.unescapeEntities(decoded, false);
            try {
                next = URLDecoder.decode(next.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                // a stray "%" is not an encoding; judge the text as it is
            }
            if (next.equals(decoded)) {
                break;
            }
            decoded = next;
        }
        String compact = URL_NOISE.matcher(decoded).replaceAll("").toLowerCase(Locale.ROOT);
        Matcher scheme = SCHEME.matcher(compact);
        if (scheme.find()) {
            return SAFE_SCHEMES.contains(scheme.group(1));
        }
        // No scheme before the first ":" means relative, unless a ":" comes before any "/", "?" or "#".
        int colon = compact.indexOf(':');
        if (colon < 0) {
            return true;
        }
        int path = indexOfAny(compact, "/?#");
        return path >= 0 && path < colon;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String stripTrailingBlankLines(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && text.charAt(start) == '\n') {
            start++;
        }
        return text.substring(start, end);
    }
}
