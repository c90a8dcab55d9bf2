package health.staffing.requisitions.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.ui.FilterAddress;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.requisitions.EducationLevel;
import health.staffing.requisitions.EmploymentType;
import health.staffing.requisitions.JobBoardService;
import health.staffing.requisitions.JobListing;
import health.staffing.requisitions.JobPlace;
import health.staffing.requisitions.JobSearch;
import health.staffing.requisitions.PostingBadges;
import health.staffing.requisitions.SavedJobSearches;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The internal job board: live postings filtered by keywords, a radius around a facility, category,
 * employment type, education, experience, age and salary, sorted by relevance, newest or salary.
 * Every filter lives in the URL ({@code /jobs?q=quality&near=SOM&radius=25&minSalary=300000&sort=salary}),
 * so a search can be bookmarked and shared; values the board does not know are ignored.
 */
@Route("jobs")
@PageTitle("Open leadership roles")
@Menu(order = 1, icon = "vaadin:briefcase", title = "Jobs")
@PermitAll
class JobBoardView extends Main implements BeforeEnterObserver {

    /** The saved-searches page of the job alerts feature (addressed by its route: the board does not know it). */
    static final String SAVED_SEARCHES_ROUTE = "jobs/saved-searches";
    static final List<Integer> POSTED_WITHIN = List.of(7, 30, 90);
    private static final int MAX_RADIUS = 3000;
    private static final int MAX_YEARS = 60;
    /** The longest unknown place kept in the URL: longer than any US place name. */
    private static final int MAX_PLACE_TEXT = 100;
    private static final BigDecimal MAX_SALARY = BigDecimal.valueOf(100_000_000);

    final TextField search = new TextField("Keywords");
    final ComboBox<JobPlace> near = new ComboBox<>("Near");
    final NumberInput<Integer> radius = NumberInput.whole("Radius (miles)", "25")
            .within(miles -> miles >= 1 && miles <= MAX_RADIUS, "Between 1 and 3,000 miles");
    final Select<String> category = new Select<>();
    final Select<EmploymentType> employmentType = new Select<>();
    final Select<EducationLevel> education = new Select<>();
    final NumberInput<Integer> experience = NumberInput.whole("My years of experience", "12")
            .within(years -> years >= 0 && years <= MAX_YEARS, "Between 0 and 60 years");
    final Select<Integer> postedWithin = new Select<>();
    final NumberInput<BigDecimal> minSalary = NumberInput.amount("Salary at least ($)")
            .within(amount -> amount.compareTo(MAX_SALARY) <= 0, "At most $100,000,000");
    final Select<JobSearch.Sort> sort = new Select<>();
    final Span resultCount = new Span();
    final Grid<JobListing> grid = new Grid<>();
    private final JobBoardService board;
    private JobSearch current = JobSearch.ALL;
    private boolean applyingUrl;
    private final Clock clock;
    /** A centre typed or addressed that names no place we know, kept in the URL and said so next to "Near". */
    private @Nullable String unknownNear;
    private String unknownNearProblem = "";

    final Button saveSearch = new Button("Save search", VaadinIcon.BELL_O.create());
    final Anchor savedSearches = new Anchor();
    private final SavedJobSearches saved;

    JobBoardView(JobBoardService board, SavedJobSearches saved, Clock clock) {
        this.board = board;
        this.saved = saved;
        this.clock = clock;
        addClassNames("page", "job-board-view");
        search.setId("job-search");
        search.setPlaceholder("Title or text, e.g. quality");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18rem");

        near.setId("job-near");
        near.setItems(new ArrayList<>(board.places()));
        near.setItemLabelGenerator(JobPlace::label);
        near.setPlaceholder("Facility, city or postal code");
        // Any US postal code or "city, ST" besides the facilities offered; an unknown one is said so.
        near.setAllowCustomValue(true);
        near.addCustomValueSetListener(typed -> typedNear(typed.getDetail()));
        near.addValueChangeListener(change -> {
            if (!applyingUrl) {
                clearUnknownNear();
            }
        });
        near.setClearButtonVisible(true);
        near.setWidth("20rem");
        radius.setId("job-radius");
        radius.setPlaceholder(String.valueOf(JobSearch.DEFAULT_RADIUS_MILES));
        radius.setWidth("8rem");

        category.setId("job-category");
        category.setLabel("Category");
        category.setItems(board.categories());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("Any category");
        // Wide enough for "Physician Leadership" and most category names without an ellipsis.
        category.setWidth("18rem");
        employmentType.setId("job-type");
        employmentType.setLabel("Employment");
        employmentType.setItems(EmploymentType.values());
        employmentType.setItemLabelGenerator(t -> t == null ? "Any" : t.label());
        employmentType.setEmptySelectionAllowed(true);
        employmentType.setEmptySelectionCaption("Any");
        education.setId("job-education");
        education.setLabel("Education (minimum level)");
        education.setHelperText("Roles asking for this level or less");
        education.setItems(EducationLevel.values());
        education.setItemLabelGenerator(e -> e == null ? "Any" : e.label());
        education.setEmptySelectionAllowed(true);
        education.setEmptySelectionCaption("Any");
        experience.setId("job-experience");
        experience.setHelperText("Roles asking for at most this many years");
        postedWithin.setId("job-posted");
        postedWithin.setLabel("Posted in the last");
        postedWithin.setItems(POSTED_WITHIN);
        postedWithin.setItemLabelGenerator(days -> days == null ? "Any time" : days + " days");
        postedWithin.setEmptySelectionAllowed(true);
        postedWithin.setEmptySelectionCaption("Any time");
        minSalary.setId("job-min-salary");
        minSalary.setPlaceholder("300,000");
        sort.setId("job-sort");
        sort.setLabel("Sort by");
        sort.setItems(JobSearch.Sort.values());
        sort.setItemLabelGenerator(s -> switch (s) {
            case RELEVANCE -> "Relevance";
            case NEWEST -> "Newest";
            case SALARY -> "Salary";
        });
        sort.setValue(JobSearch.Sort.RELEVANCE);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(search, near, radius, category, employmentType, education,
                experience, postedWithin, minSalary, sort)) {
            field.addValueChangeListener(change -> {
                // A number the board cannot use stays in its field with its message, out of the URL.
                if (!applyingUrl && numbersReadable()) {
                    writeUrl();
                }
            });
        }

        resultCount.setId("job-count");
        grid.setId("jobs");
        grid.addComponentColumn(this::titleCell).setHeader("Role").setFlexGrow(3);
        grid.addColumn(JobBoardView::place).setHeader("Location").setFlexGrow(2);
        grid.addColumn(JobListing::employment).setHeader("Employment").setFlexGrow(1);
        grid.addColumn(JobListing::payRange).setHeader("Pay range").setFlexGrow(2);
        grid.addColumn(p -> Dates.day(p.publishedAt())).setHeader("Posted")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No open roles match your search.");
        grid.setItems(query -> board.search(current, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, board.count(current)));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(JobPostingView.class,
                new RouteParameters("reference", click.getItem().reference()))));
        grid.setHeight("calc(100vh - 22rem)");

        FlexLayout filters = new FlexLayout(search, near, radius, category, employmentType, education, experience,
                postedWithin, minSalary, sort);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)").set("align-items", "baseline");
        Paragraph help = new Paragraph("Leadership roles open to caregivers today. Select a role to read the posting.");
        help.addClassName("panel-description");
        saveSearch.setId("save-search");
        saveSearch.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        saveSearch.setTooltipText("Keep this search and get an email when a new role matches it");
        saveSearch.addClickListener(click -> openSaveSearch());
        savedSearches.setId("saved-searches-link");
        savedSearches.setHref(SAVED_SEARCHES_ROUTE);
        showSavedCount();
        HorizontalLayout results = new HorizontalLayout(resultCount, saveSearch, savedSearches);
        results.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new Div(filters, help, results), grid);
    }

    /** A search with a place we do not know is not saved: its alerts would silently cover everywhere. */
    private void openSaveSearch() {
        if (unknownNear != null) {
            Notification.show(unknownNearProblem + " Correct the place before saving the search.", 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        if (!numbersReadable()) {
            Notification.show("Correct the highlighted filters before saving the search.", 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        new SaveSearchDialog(saved, currentSearch(), near.getValue(), this::showSavedCount).open();
    }

    private void showSavedCount() {
        long count = saved.countMine();
        savedSearches.setText(count == 0 ? "" : "My saved searches (" + count + ")");
        savedSearches.setVisible(count > 0);
    }

    private Div titleCell(JobListing posting) {
        Span title = new Span(posting.title());
        title.addClassName("job-title");
        Span reference = new Span("Job ref " + posting.reference() + " · " + posting.workArrangement());
        reference.addClassName("job-meta");
        Div cell = new Div(title, reference);
        List<String> badges = PostingBadges.of(posting.firstPublishedAt(), posting.closeDate(), clock.instant(),
                LocalDate.now(clock));
        if (!badges.isEmpty()) {
            Div row = new Div();
            row.addClassName("role-badges");
            badges.forEach(text -> row.add(badge(text)));
            cell.add(row);
        }
        return cell;
    }

    static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassNames("badge", text.equals("New") ? "badge-success" : "badge-warning");
        return badge;
    }

    private static String place(JobListing posting) {
        return posting.distanceMiles() == null ? posting.location()
                : posting.location() + " (" + Math.round(posting.distanceMiles()) + " mi)";
    }

    /**
     * A centre typed into "Near": a known place is selected (and offered in the list from now on);
     * an unknown one stays in the URL and is said so next to the field, so a radius is never
     * silently dropped.
     */
    private void typedNear(String typed) {
        Optional<JobPlace> place = resolve(typed);
        if (place.isPresent()) {
            near.setValue(place.get());
            return;
        }
        applyingUrl = true;
        try {
            near.clear();
        } finally {
            applyingUrl = false;
        }
        showUnknownNear(typed);
        if (numbersReadable()) {
            writeUrl();
        }
    }

    private Optional<JobPlace> resolve(String typed) {
        try {
            JobPlace place = board.place(typed);
            Optional<JobPlace> listed = near.getListDataView().getItems()
                    .filter(p -> p.code().equals(place.code())).findFirst();
            if (listed.isPresent()) {
                return listed;
            }
            near.getListDataView().addItem(place);
            return Optional.of(place);
        } catch (DomainException unknown) {
            unknownNearProblem = unknown.getMessage();
            return Optional.empty();
        }
    }

    private void showUnknownNear(String typed) {
        // Kept in the URL as typed, within what a place name can be (a pasted page stays out of the address).
        String place = typed.strip();
        unknownNear = place.length() <= MAX_PLACE_TEXT ? place : place.substring(0, MAX_PLACE_TEXT);
        near.setErrorMessage(unknownNearProblem);
        near.setInvalid(true);
    }

    private void clearUnknownNear() {
        unknownNear = null;
        near.setInvalid(false);
    }

    /** The search the fields show; the radius counts only with a centre. */
    JobSearch currentSearch() {
        JobPlace centre = near.getValue();
        return new JobSearch(search.getValue(), centre == null ? null : centre.code(),
                centre == null ? null : radius.acceptedNumber().orElse(null), category.getValue(),
                employmentType.getValue(), education.getValue(), experience.acceptedNumber().orElse(null),
                postedWithin.getValue(), minSalary.acceptedNumber().orElse(null), sort.getValue());
    }

    private boolean numbersReadable() {
        return radius.problem().isEmpty() && experience.problem().isEmpty() && minSalary.problem().isEmpty();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FilterAddress address = FilterAddress.of(event);
        applyingUrl = true;
        try {
            search.setValue(address.text("q").orElse(""));
            clearUnknownNear();
            Optional<String> centre = address.text("near");
            near.setValue(centre.flatMap(this::resolve).orElse(null));
            if (centre.isPresent() && near.getValue() == null) {
                showUnknownNear(centre.get());
            }
            radius.setNumber(address.whole("radius", 1, MAX_RADIUS).orElse(null));
            category.setValue(address.text("category")
                    .filter(c -> category.getListDataView().getItems().anyMatch(c::equals)).orElse(null));
            employmentType.setValue(address.constant("type", EmploymentType.class).orElse(null));
            education.setValue(address.constant("edu", EducationLevel.class).orElse(null));
            experience.setNumber(address.whole("years", 0, MAX_YEARS).orElse(null));
            postedWithin.setValue(address.whole("days", 0, 3650).filter(POSTED_WITHIN::contains).orElse(null));
            minSalary.setNumber(address.amount("minSalary", MAX_SALARY).orElse(null));
            sort.setValue(address.constant("sort", JobSearch.Sort.class).orElse(JobSearch.Sort.RELEVANCE));
        } finally {
            applyingUrl = false;
        }
        current = currentSearch();
        grid.getDataProvider().refreshAll();
        long count = board.count(current);
        resultCount.setText((count == 1 ? "1 open role" : String.format("%,d open roles", count))
                + (unknownNear == null ? "" : " anywhere: the place above is not known, so no radius is applied"));
    }

    /** The search as query parameters: only what is set, so URLs stay short and readable. */
    private void writeUrl() {
        JobSearch wanted = currentSearch();
        // An unknown place stays in the address (said so next to the field) with its radius.
        JobSearch shown = unknownNear == null ? wanted : wanted.near(unknownNear, radius.acceptedNumber().orElse(null));
        QueryParameters address = QueryParameters.simple(shown.boardParameters());
        getUI().ifPresent(ui -> ui.navigate(JobBoardView.class, address));
    }
}
