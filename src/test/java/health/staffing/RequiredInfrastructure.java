package health.staffing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * Tests that need outside infrastructure (a PostgreSQL server, a Chromium) skip themselves on a
 * newcomer's machine that lacks it, but fail in CI, which sets {@code -Dportal.require-infra=true}:
 * a missing browser or database there is a broken build, not a reason to test less.
 */
public final class RequiredInfrastructure {

    private RequiredInfrastructure() {
    }

    public static boolean required() {
        return Boolean.getBoolean("portal.require-infra");
    }

    public static ConditionEvaluationResult unavailable(String what) {
        if (required()) {
            throw new IllegalStateException(what + " — and portal.require-infra=true makes it mandatory");
        }
        return ConditionEvaluationResult.disabled(what + " — skipped (set -Dportal.require-infra=true to fail instead)");
    }
}
