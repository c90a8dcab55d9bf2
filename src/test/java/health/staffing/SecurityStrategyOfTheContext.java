package health.staffing;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Gives each test the security context strategy of its own application context. Vaadin installs its
 * strategy globally when a context starts (one instance per context, each with its own thread-local),
 * so after a second context (a web one on a random port) started, a test of the first context would
 * sign in through the second's strategy while the first's method security reads its own: nobody signed
 * in. Runs before Spring Security's {@code @WithMockUser} listener (order 10000).
 */
public class SecurityStrategyOfTheContext implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useTheStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useTheStrategyOf(testContext);
    }

    private static void useTheStrategyOf(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return 1500;
    }
}
