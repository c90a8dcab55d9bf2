package health.staffing.hostile;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;

/** Closes and detaches every dialog of the current UI, so the next hostile trial starts clean. */
public final class OpenDialogs {

    private OpenDialogs() {
    }

    public static void closeAll() {
        UI.getCurrent().getChildren().filter(Dialog.class::isInstance).map(Dialog.class::cast).toList()
                .forEach(dialog -> {
                    dialog.close();
                    UI.getCurrent().remove(dialog);
                });
    }
}
