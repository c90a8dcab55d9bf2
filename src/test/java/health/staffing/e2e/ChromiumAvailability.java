package health.staffing.e2e;

import health.staffing.RequiredInfrastructure;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** End-to-end tests need Debian's chromium and chromium-driver; CI makes them mandatory. */
class ChromiumAvailability implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium found");
        }
        return RequiredInfrastructure.unavailable("No " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)");
    }
}
