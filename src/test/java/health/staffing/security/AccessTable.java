package health.staffing.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code docs/access.md} read as data: who may open each route and call each public service method.
 * The matrix tests are generated from it, so the document cannot drift from what the code does.
 */
public final class AccessTable {

    static final Path FILE = Path.of("docs", "access.md");
    /** The role columns of the routes table, in order. */
    public static final List<String> ROLES = List.of(AppRoles.CAREGIVER, AppRoles.HIRING_MANAGER, AppRoles.RECRUITER,
            AppRoles.CMO_OFFICE, AppRoles.FINANCE, AppRoles.ADMIN);

    /** One route: its template as in {@code @Route}, its view, its menu title (or null), who may open it. */
    public record RouteRule(String route, String view, String menu, boolean signedOut, Set<String> roles) {

        public boolean openTo(Set<String> held) {
            return held.stream().anyMatch(roles::contains);
        }
    }

    /** Who may call one method: nobody signed in needed, any role, or one of the listed roles. */
    record MethodRule(String method, boolean anyone, boolean signedIn, Set<String> roles) {

        public boolean openTo(Set<String> held) {
            return anyone || signedIn && !held.isEmpty() || held.stream().anyMatch(roles::contains);
        }
    }

    public final List<RouteRule> routes = new ArrayList<>();
    final Map<String, MethodRule> methods = new LinkedHashMap<>();

    public static AccessTable read() {
        try {
            return parse(Files.readAllLines(FILE));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The access table " + FILE.toAbsolutePath() + " cannot be read", unreadable);
        }
    }

    static AccessTable parse(List<String> lines) {
        AccessTable table = new AccessTable();
        String section = "";
        for (String line : lines) {
            if (line.startsWith("## ")) {
                section = line.substring(3).trim();
                continue;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            List<String> cells = cells(line);
            if (section.equals("Routes")) {
                Set<String> roles = new LinkedHashSet<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    if (open(cells.get(4 + i))) {
                        roles.add(ROLES.get(i));
                    }
                }
                table.routes.add(new RouteRule(code(cells.get(0)), cells.get(1), cells.get(2).isEmpty() ? null
                        : cells.get(2), open(cells.get(3)), roles));
            } else if (section.equals("Service methods")) {
                String method = code(cells.get(0));
                String who = cells.get(1).replaceAll("\\(.*\\)", "").trim();
                MethodRule rule = switch (who) {
                    case "anyone" -> new MethodRule(method, true, true, Set.of());
                    case "signed in" -> new MethodRule(method, false, true, Set.of());
                    case "SCIM token" -> new MethodRule(method, false, false, Set.of()); // no role opens it
                    default -> new MethodRule(method, false, false, Set.copyOf(Arrays.stream(who.split(","))
                            .map(String::trim).peek(AccessTable::knownRole).toList()));
                };
                if (table.methods.put(method, rule) != null) {
                    throw new IllegalStateException("The access table lists " + method + " twice");
                }
            }
        }
        return table;
    }

    /** Every single role and every pair of roles: the people whose rights the matrices check. */
    static List<Set<String>> roleSets() {
        List<Set<String>> sets = new ArrayList<>();
        for (int i = 0; i < AppRoles.ALL.size(); i++) {
            sets.add(Set.of(AppRoles.ALL.get(i)));
            for (int j = i + 1; j < AppRoles.ALL.size(); j++) {
                sets.add(Set.of(AppRoles.ALL.get(i), AppRoles.ALL.get(j)));
            }
        }
        return sets;
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.lastIndexOf('|'));
        return Stream.of(inner.split("\\|", -1)).map(String::trim).toList();
    }

    private static String code(String cell) {
        return cell.replace("`", "").trim();
    }

    private static boolean open(String cell) {
        if (!cell.equals("✓") && !cell.equals("·")) {
            throw new IllegalStateException("A route cell is ✓ or ·, not \"" + cell + "\"");
        }
        return cell.equals("✓");
    }

    private static void knownRole(String role) {
        if (!AppRoles.ALL.contains(role)) {
            throw new IllegalStateException("Unknown role in the access table: " + role);
        }
    }
}
