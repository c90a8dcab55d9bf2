package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import health.staffing.ViewTest;
import health.staffing.shell.NotFoundView;
import health.staffing.shell.SideMenu;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every {@code @Route} (and route alias) of the portal, opened as each role, each pair of roles and
 * signed out, against the Routes table of {@code docs/access.md}: Vaadin's own navigation access
 * control decides as it does for a real request; the routes without parameters are also really
 * navigated to (the view, or "not available"); and the side menu shows exactly the open routes that
 * have a menu entry. A route missing from the table, or a row for a route that is gone, fails.
 */
@ViewTest
@WithMockUser(username = "caregiver", roles = "CAREGIVER")
class RouteAccessMatrixTest extends SpringBrowserlessTest {

    @Autowired
    NavigationAccessControl accessControl;

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_route_is_in_the_access_table_and_nothing_else_is() {
        Set<String> inTable = new TreeSet<>(AccessTable.read().routes.stream().map(AccessTable.RouteRule::route).toList());

        assertThat(routes().keySet()).as("routes without a row in %s", AccessTable.FILE).isSubsetOf(inTable);
        assertThat(inTable).as("rows in %s naming no route", AccessTable.FILE).isSubsetOf(routes().keySet());
        AccessTable.read().routes.forEach(rule -> assertThat(routes().get(rule.route()).getSimpleName())
                .as("the view of %s", rule.route()).isEqualTo(rule.view()));
    }

    @Test
    void the_readmes_route_table_names_exactly_the_routes_of_the_access_table() throws Exception {
        Set<String> inReadme = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("| `/")) {
                String firstCell = line.substring(1, line.indexOf('|', 1));
                Matcher path = Pattern.compile("`/([^`?]*)").matcher(firstCell);
                while (path.find()) {
                    inReadme.add(path.group(1).replaceAll("\\{[a-z]+}", "*"));
                }
            }
        }
        Set<String> inTable = new TreeSet<>(AccessTable.read().routes.stream()
                .map(rule -> rule.route().replaceAll(":[a-z]+", "*")).toList());

        assertThat(inReadme).isEqualTo(inTable);
    }

    @Test
    void navigation_access_control_opens_each_route_to_exactly_the_roles_in_the_table() {
        Router router = UI.getCurrent().getInternals().getRouter();
        List<String> mismatches = new ArrayList<>();
        int checks = 0;
        for (AccessTable.RouteRule rule : AccessTable.read().routes) {
            Class<?> view = routes().get(rule.route());
            if (view == null) {
                continue; // reported by the test above
            }
            Location location = new Location(example(rule.route()));
            boolean signedOut = decide(router, view, location, null, Set.of());
            checks++;
            if (signedOut != rule.signedOut()) {
                mismatches.add(rule.route() + " signed out: " + (signedOut ? "open" : "closed"));
            }
            for (Set<String> roles : AccessTable.roleSets()) {
                Principal principal = () -> "access.matrix";
                boolean open = decide(router, view, location, principal, roles);
                checks++;
                if (open != rule.openTo(roles)) {
                    mismatches.add(rule.route() + " as " + new TreeSet<>(roles) + ": " + (open ? "open" : "closed"));
                }
            }
        }
        assertThat(mismatches).as("%d checks", checks).isEmpty();
        assertThat(checks).isEqualTo(AccessTable.read().routes.size() * 22);
    }

    @Test
    void each_role_reaches_the_routes_without_parameters_that_the_table_opens_and_no_other() {
        List<String> mismatches = new ArrayList<>();
        for (String role : AppRoles.ALL) {
            signIn(Set.of(role));
            for (AccessTable.RouteRule rule : AccessTable.read().routes) {
                if (rule.route().contains(":") || rule.route().equals("login")) {
                    continue;
                }
                Class<?> view = routes().get(rule.route());
                Component shown = navigate(rule.route(), Component.class);
                boolean reached = view.isInstance(shown);
                if (reached != rule.openTo(Set.of(role))) {
                    mismatches.add("/" + rule.route() + " as " + role + ": " + shown.getClass().getSimpleName());
                }
                if (!reached) {
                    assertThat(shown).isInstanceOf(NotFoundView.class);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void the_side_menu_of_every_role_and_pair_lists_exactly_the_open_routes_with_a_menu_entry() {
        List<String> mismatches = new ArrayList<>();
        for (Set<String> roles : AccessTable.roleSets()) {
            signIn(roles);
            // A new UI each time: the shell (and its menu) is built once per UI, for whoever opened it.
            cleanVaadinEnvironment();
            initVaadinEnvironment();
            List<String> expected = AccessTable.read().routes.stream()
                    .filter(rule -> rule.menu() != null && rule.openTo(roles)).map(AccessTable.RouteRule::menu).toList();
            navigate("", Component.class);
            List<String> shown = SideMenu.labels($(Div.class).id("main-menu").getElement().getProperty("innerHTML"));
            if (!new TreeSet<>(shown).equals(new TreeSet<>(expected))) {
                mismatches.add(new TreeSet<>(roles) + " sees " + shown + ", the table says " + expected);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private boolean decide(Router router, Class<?> view, Location location, Principal principal, Set<String> roles) {
        NavigationContext context = new NavigationContext(router, view, location, RouteParameters.empty(), principal,
                roles::contains, false);
        return accessControl.checkAccess(context, false).decision() == AccessCheckDecision.ALLOW;
    }

    private static void signIn(Set<String> roles) {
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("access.matrix", null,
                roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        SecurityContextHolder.setContext(security);
    }

    /** "jobs/:reference(\\d+)" → "jobs/:reference", as the table writes routes. */
    private static String template(String route) {
        return route.replaceAll("\\([^)]*\\)", "");
    }

    /** A path the route matches: parameters become 1. */
    private static String example(String template) {
        return template.replaceAll(":[a-z]+", "1");
    }

    /** Every route template of the portal and the view behind it, read from the annotations. */
    private static Map<String, Class<?>> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new LinkedHashMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("health.staffing")) {
            Class<?> view = classOf(candidate);
            routes.put(template(view.getAnnotation(Route.class).value()), view);
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                routes.put(template(alias.value()), view);
            }
        }
        return routes;
    }

    private static Class<?> classOf(BeanDefinition candidate) {
        try {
            return Class.forName(candidate.getBeanClassName());
        } catch (ClassNotFoundException gone) {
            throw new IllegalStateException(gone);
        }
    }
}
