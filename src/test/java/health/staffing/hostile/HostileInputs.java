package health.staffing.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The corpus in {@code hostile/inputs.txt}, decoded: every form field is tried with every entry. */
public final class HostileInputs {

    /** One hostile value and the name it is reported under. */
    public record Input(String name, String value) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern REPEAT = Pattern.compile("repeat\\((\\d+),(.*)\\)");
    private static final List<Input> ALL = load();

    private HostileInputs() {
    }

    public static List<Input> all() {
        return ALL;
    }

    private static List<Input> load() {
        try (InputStream in = HostileInputs.class.getResourceAsStream("/hostile/inputs.txt")) {
            List<Input> inputs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                inputs.add(new Input(line.substring(0, tab), decode(line.substring(tab + 1))));
            }
            return List.copyOf(inputs);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static String decode(String raw) {
        Matcher repeat = REPEAT.matcher(raw);
        if (repeat.matches()) {
            return decode(repeat.group(2)).repeat(Integer.parseInt(repeat.group(1)));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 == raw.length()) {
                out.append(c);
                continue;
            }
            char next = raw.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
