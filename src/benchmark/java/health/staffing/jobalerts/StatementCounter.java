package health.staffing.jobalerts;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application executes (a JDBC batch counts once, as one round trip),
 * by wrapping the data source: the benchmark's proof that a sweep does not query per person or per
 * posting. Only while {@link #counting} is on, so data loading is not counted.
 */
final class StatementCounter implements BeanPostProcessor {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");
    static final AtomicLong EXECUTED = new AtomicLong();
    static volatile boolean counting;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Statement statement) {
                Class<? extends Statement> type = statement instanceof java.sql.CallableStatement
                        ? java.sql.CallableStatement.class
                        : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class
                                : Statement.class;
                return statement(type, statement);
            }
            return result;
        });
    }

    private static <S extends Statement> S statement(Class<S> type, Statement statement) {
        return proxy(type, type.cast(statement), (target, method, args) -> {
            if (counting && EXECUTIONS.contains(method.getName())) {
                EXECUTED.incrementAndGet();
            }
            return invoke(target, method, args);
        });
    }

    private interface Call {
        Object call(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args.length == 1
                    && ((Class<?>) args[0]).isInstance(target)) {
                return target;
            }
            return call.call(target, method, args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
