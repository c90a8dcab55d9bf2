/**
 * The frame every page sits in: the main layout with the side menu, the signed-in user and the
 * notification bell; the error handler that turns a refusal into a message; the not-found page. It sits
 * above the features (it knows the menu, the bell and who is signed in), so that {@code base} depends on
 * no feature; nothing depends on it — Vaadin finds the layout and the error views by annotation.
 */
@ApplicationModule(displayName = "Application shell",
        allowedDependencies = {"security", "notifications", "base"})
@NullMarked
package health.staffing.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
