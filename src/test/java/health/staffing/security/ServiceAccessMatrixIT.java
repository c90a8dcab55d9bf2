package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.DatabaseTest;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calls every public method of every {@code @Service} as each role, each pair of roles and signed
 * out, and checks the gate against {@code docs/access.md}: the method security refusal
 * ({@link AuthorizationDeniedException}) exactly where the table closes the method. A method that
 * passes the gate runs with placeholder arguments and usually fails on them; that is fine, only the
 * gate is judged here (the row rules have tests of their own). Every call runs in a transaction that
 * is rolled back. A public method missing from the table, or a row naming no method, fails.
 */
@DatabaseTest
class ServiceAccessMatrixIT {

    /** Nobody with an account: the matrix judges roles, not a person's records. */
    private static final String NOBODY = "access.matrix";

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_public_service_method_is_in_the_access_table_and_nothing_else_is() {
        Set<String> found = new TreeSet<>(methods().keySet());

        assertThat(found).as("public service methods without a row in %s", AccessTable.FILE)
                .isSubsetOf(AccessTable.read().methods.keySet());
        assertThat(AccessTable.read().methods.keySet()).as("rows in %s naming no public service method", AccessTable.FILE)
                .isSubsetOf(found);
    }

    @Test
    void every_role_and_pair_of_roles_is_let_through_exactly_where_the_table_says() {
        AccessTable table = AccessTable.read();
        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Call> entry : methods().entrySet()) {
            AccessTable.MethodRule rule = table.methods.get(entry.getKey());
            if (rule == null) {
                continue; // reported by the test above
            }
            boolean openSignedOut = !deniedAs(Set.of(), entry.getValue());
            calls++;
            if (openSignedOut != rule.anyone()) {
                mismatches.add(entry.getKey() + " signed out: " + (openSignedOut ? "open" : "closed"));
            }
            for (Set<String> roles : AccessTable.roleSets()) {
                boolean open = !deniedAs(roles, entry.getValue());
                calls++;
                if (open != rule.openTo(roles)) {
                    mismatches.add(entry.getKey() + " as " + new TreeSet<>(roles) + ": " + (open ? "open" : "closed")
                            + ", the table says " + (rule.openTo(roles) ? "open" : "closed"));
                }
            }
        }
        assertThat(mismatches).as("%d calls checked", calls).isEmpty();
        assertThat(calls).isGreaterThan(3000);
    }

    /** A bean and one of its public methods. */
    private record Call(Object bean, Method method) {
    }

    /** Every public method declared by a service of the portal, keyed as in the table. */
    private Map<String, Call> methods() {
        Map<String, Call> methods = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("health.staffing")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !method.isBridge()) {
                    methods.put(signature(type, method), new Call(bean, method));
                }
            }
        }
        return methods;
    }

    static String signature(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
    }

    /** True when method security refused the call for these roles (none: signed out). */
    private boolean deniedAs(Set<String> roles, Call call) {
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(roles.isEmpty()
                ? new AnonymousAuthenticationToken("matrix", "anonymousUser", List.of(new SimpleGrantedAuthority(
                        "ROLE_ANONYMOUS")))
                : UsernamePasswordAuthenticationToken.authenticated(NOBODY, null,
                        roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        SecurityContextHolder.setContext(security);
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        try {
            return Boolean.TRUE.equals(rolledBack.execute(status -> {
                status.setRollbackOnly();
                try {
                    call.method().invoke(call.bean(), placeholders(call.method()));
                    return false;
                } catch (InvocationTargetException thrown) {
                    return thrown.getCause() instanceof AuthorizationDeniedException;
                } catch (IllegalAccessException unreachable) {
                    throw new IllegalStateException(unreachable);
                }
            }));
        } catch (RuntimeException failedAfterTheGate) {
            return false; // e.g. the rollback of a transaction the method had marked; the gate let it in
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Arguments that pass no check of their own: zero ids, empty lists, no text. */
    private static Object[] placeholders(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(ServiceAccessMatrixIT::placeholder).toArray();
    }

    private static Object placeholder(Class<?> type) {
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 1);
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Writer.class) {
            return new StringWriter();
        }
        if (type == Reader.class) {
            return new StringReader("");
        }
        if (type == Consumer.class) {
            return (Consumer<Object>) ignored -> { };
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }
}
