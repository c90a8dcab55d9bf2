package health.staffing.requisitions.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import health.staffing.base.ui.FilterAddress;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.requisitions.EducationLevel;
import health.staffing.requisitions.EmploymentType;
import health.staffing.requisitions.JobSearch;
import java.math.BigDecimal;
import java.util.List;

/**
 * The job board's less used filters: category, employment, education, experience, age and salary. The
 * board builds them only when a person asks for them or the address sets one: six fields cost every
 * open board about half of its memory on the server, and most searches are a few words and a place
 * (issue 17). Combo boxes rather than selects: a combo box sends its options when it is opened, a
 * select keeps each option as an element of the page.
 */
final class MoreJobFilters {

    /** Their parameters in the board's address. */
    static final List<String> PARAMETERS = List.of("category", "type", "edu", "years", "days", "minSalary");
    static final List<Integer> POSTED_WITHIN = List.of(7, 30, 90);
    private static final int MAX_YEARS = 60;
    private static final BigDecimal MAX_SALARY = BigDecimal.valueOf(100_000_000);

    final ComboBox<String> category = new ComboBox<>("Category");
    final ComboBox<EmploymentType> employmentType = new ComboBox<>("Employment");
    final ComboBox<EducationLevel> education = new ComboBox<>("Education (minimum level)");
    final NumberInput<Integer> experience = NumberInput.whole("My years of experience", "12")
            .within(years -> years >= 0 && years <= MAX_YEARS, "Between 0 and 60 years");
    final ComboBox<Integer> postedWithin = new ComboBox<>("Posted in the last");
    final NumberInput<BigDecimal> minSalary = NumberInput.amount("Salary at least ($)")
            .within(amount -> amount.compareTo(MAX_SALARY) <= 0, "At most $100,000,000");

    MoreJobFilters(List<String> categories) {
        category.setId("job-category");
        category.setItems(categories);
        anyWhenEmpty(category, "Any category");
        // Wide enough for "Physician Leadership" and most category names without an ellipsis.
        category.setWidth("18rem");
        employmentType.setId("job-type");
        employmentType.setItems(EmploymentType.values());
        employmentType.setItemLabelGenerator(EmploymentType::label);
        anyWhenEmpty(employmentType, "Any");
        employmentType.setWidth("10rem");
        education.setId("job-education");
        education.setHelperText("Roles asking for this level or less");
        education.setItems(EducationLevel.values());
        education.setItemLabelGenerator(EducationLevel::label);
        anyWhenEmpty(education, "Any");
        education.setWidth("16rem");
        experience.setId("job-experience");
        experience.setHelperText("Roles asking for at most this many years");
        postedWithin.setId("job-posted");
        postedWithin.setItems(POSTED_WITHIN);
        postedWithin.setItemLabelGenerator(days -> days + " days");
        anyWhenEmpty(postedWithin, "Any time");
        postedWithin.setWidth("10rem");
        minSalary.setId("job-min-salary");
        minSalary.setPlaceholder("300,000");
    }

    /** A list's empty choice, which a person clears with the field's clear button. */
    private static void anyWhenEmpty(ComboBox<?> field, String any) {
        field.setPlaceholder(any);
        field.setClearButtonVisible(true);
    }

    List<HasValue<?, ?>> fields() {
        return List.of(category, employmentType, education, experience, postedWithin, minSalary);
    }

    /** Shows what the address asks for; a value the board does not know leaves its field empty. */
    void read(FilterAddress address) {
        category.setValue(address.text("category")
                .filter(c -> category.getListDataView().getItems().anyMatch(c::equals)).orElse(null));
        employmentType.setValue(address.constant("type", EmploymentType.class).orElse(null));
        education.setValue(address.constant("edu", EducationLevel.class).orElse(null));
        experience.setNumber(address.whole("years", 0, MAX_YEARS).orElse(null));
        postedWithin.setValue(address.whole("days", 0, 3650).filter(POSTED_WITHIN::contains).orElse(null));
        minSalary.setNumber(address.amount("minSalary", MAX_SALARY).orElse(null));
    }

    /** The search narrowed by these filters. */
    JobSearch narrow(JobSearch search) {
        return new JobSearch(search.keywords(), search.near(), search.radiusMiles(), category.getValue(),
                employmentType.getValue(), education.getValue(), experience.acceptedNumber().orElse(null),
                postedWithin.getValue(), minSalary.acceptedNumber().orElse(null), search.sort());
    }

    boolean numbersReadable() {
        return experience.problem().isEmpty() && minSalary.problem().isEmpty();
    }
}
