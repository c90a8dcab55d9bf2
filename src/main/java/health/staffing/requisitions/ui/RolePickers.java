package health.staffing.requisitions.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;

/**
 * The hiring-manager and recruiter pickers: accounts holding the role, searched as typed, a page at a time,
 * however many employees there are. A value is set from the account itself, not looked up in a loaded list.
 */
final class RolePickers {

    private RolePickers() {
    }

    static void offer(ComboBox<UserSummary> picker, UserAccountService accounts, String role) {
        picker.setItems(query -> accounts.withRole(role, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        picker.setItemLabelGenerator(UserSummary::displayName);
    }
}
