package health.staffing.candidates.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Picks a reviewer by name from the active accounts, loading matches as the user types. */
public class ReviewerPicker extends ComboBox<UserSummary> {

    public ReviewerPicker(UserAccountService accounts) {
        super("Reviewer");
        setItems(query -> accounts.searchActive(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("displayName"))).stream());
        setItemLabelGenerator(user -> user.displayName() + " (" + user.username() + ")");
        setPlaceholder("Type a name");
        setWidth("18rem");
    }
}
