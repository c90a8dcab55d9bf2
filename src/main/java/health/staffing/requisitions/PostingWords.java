package health.staffing.requisitions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the job board reads words, the same for a published posting and for what a caregiver types:
 * lower case, letters and digits only, a plural "s" folded ("directors" finds "director"). Each
 * published version's words are kept in {@code posting_word}, so a keyword is one index lookup
 * instead of a scan through every posting's text.
 */
public final class PostingWords {

    /** The most keywords one search uses; more would only slow it down. */
    static final int MAX_KEYWORDS = 10;
    private static final int MAX_LENGTH = 60;

    private PostingWords() {
    }

    /** The distinct words of a text, as stored for a published version. */
    public static Set<String> of(String text) {
        return new LinkedHashSet<>(split(text, Integer.MAX_VALUE));
    }

    /** The words of a search, in the order typed, at most {@link #MAX_KEYWORDS}. */
    static List<String> query(@Nullable String keywords) {
        return List.copyOf(new LinkedHashSet<>(split(keywords, MAX_KEYWORDS)));
    }

    private static List<String> split(@Nullable String text, int limit) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (words.size() >= limit) {
                break;
            }
            if (!token.isEmpty() && token.length() <= MAX_LENGTH) {
                words.add(fold(token));
            }
        }
        return words;
    }

    /** "directors" and "director" are one word; short words ("us", "its") stay as they are. */
    private static String fold(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }
}
