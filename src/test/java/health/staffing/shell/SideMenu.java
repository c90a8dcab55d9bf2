package health.staffing.shell;

import health.staffing.base.ui.MarkupText;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the side navigation the shell wrote as markup (see {@link MainLayout#navigationMarkup}). */
public final class SideMenu {

    private static final Pattern ITEM = Pattern.compile("</vaadin-icon>([^<]*)</vaadin-side-nav-item>|"
            + "<vaadin-side-nav-item[^>]*>([^<]*)</vaadin-side-nav-item>");

    private SideMenu() {
    }

    /** The items' labels, in order, as a person reads them. */
    public static List<String> labels(String markup) {
        return ITEM.matcher(markup).results()
                .map(match -> match.group(1) != null ? match.group(1) : match.group(2))
                .map(MarkupText::unescape).toList();
    }
}
