package health.staffing.base.ui;

/** For tests: what a person reads of markup the server wrote with {@link Markup#escape}. */
public final class MarkupText {

    private MarkupText() {
    }

    /** The text of the markup: tags become spaces, entities their characters. */
    public static String of(String markup) {
        return unescape(markup.replaceAll("<[^>]*>", " "));
    }

    public static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
