package health.staffing.requisitions.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
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
import health.staffing.requisitions.JobBoardService;
import health.staffing.requisitions.JobListing;
import health.staffing.requisitions.JobPlace;
import health.staffing.requisitions.JobSearch;
import health.staffing.requisitions.PostingBadges;
import health.staffing.requisitions.SavedJobSearches;
import jakarta.annotation.security.PermitAll;
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
    private static final int MAX_RADIUS = 3000;
    /** The longest unknown place kept in the URL: longer than any US place name. */
    private static final int MAX_PLACE_TEXT = 100;
    /**
     * A role as one card of the list, drawn in the browser from four values per row. One column, not one
     * per fact, and no component per cell: each column and each component costs every open board memory
     * on the server for as long as it is open (issue 17). Lit escapes the values.
     */
    private static final String ROLE_CARD = """
            <div class="job-card"><span class="job-title">${item.title}</span>\
            <span class="job-meta">${item.meta}</span><span class="job-facts">${item.facts}</span>\
            ${item.badges.length ? html`<div class="role-badges">${item.badges.map(text => html`<span \
            class="badge ${text === 'New' ? 'badge-success' : 'badge-warning'}">${text}</span>`)}</div>` : ''}</div>""";

    final TextField search = new TextField("Keywords");
    final ComboBox<JobPlace> near = new ComboBox<>("Near");
    final NumberInput<Integer> radius = NumberInput.whole("Radius (miles)", "25")
            .within(miles -> miles >= 1 && miles <= MAX_RADIUS, "Between 1 and 3,000 miles");
    final Select<JobSearch.Sort> sort = new Select<>();
    final Button moreFilters = new Button("More filters", VaadinIcon.SLIDERS.create());
    private final FlexLayout filters = new FlexLayout();
    /** Built when asked for or when the address sets one of them; none until then. */
    private @Nullable MoreJobFilters more;
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

        sort.setId("job-sort");
        sort.setLabel("Sort by");
        sort.setItems(JobSearch.Sort.values());
        sort.setItemLabelGenerator(s -> switch (s) {
            case RELEVANCE -> "Relevance";
            case NEWEST -> "Newest";
            case SALARY -> "Salary";
        });
        sort.setValue(JobSearch.Sort.RELEVANCE);
        List.<HasValue<?, ?>>of(search, near, radius, sort).forEach(this::searchOnChange);
        moreFilters.setId("more-filters");
        moreFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        moreFilters.addClickListener(click -> more());

        resultCount.setId("job-count");
        grid.setId("jobs");
        grid.addColumn(LitRenderer.<JobListing>of(ROLE_CARD).withProperty("title", JobListing::title)
                        .withProperty("meta", posting -> "Job ref " + posting.reference() + " · " + posting.employment()
                                + " · " + posting.workArrangement())
                        .withProperty("facts", JobBoardView::facts)
                        .withProperty("badges", this::badges))
                .setHeader("Role, place, pay and date posted");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No open roles match your search.");
        grid.setItems(query -> board.search(current, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, board.count(current)));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(JobPostingView.class,
                new RouteParameters("reference", click.getItem().reference()))));

        filters.add(search, near, radius, sort, moreFilters);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)").set("align-items", "baseline");
        Paragraph help = new Paragraph("Leadership roles open to caregivers today. Select a role to read the posting.");
        help.addClassName("panel-description");
        saveSearch.setId("save-search");
        saveSearch.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // The browser's own tooltip: a tooltip component is an element and listeners per open board (issue 17).
        saveSearch.getElement().setAttribute("title", "Keep this search and get an email when a new role matches it");
        saveSearch.addClickListener(click -> openSaveSearch());
        savedSearches.setId("saved-searches-link");
        savedSearches.setHref(SAVED_SEARCHES_ROUTE);
        showSavedCount();
        Div results = new Div(resultCount, saveSearch, savedSearches);
        results.addClassName("job-results");
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

    private void searchOnChange(HasValue<?, ?> field) {
        field.addValueChangeListener(change -> {
            // A number the board cannot use stays in its field with its message, out of the URL.
            if (!applyingUrl && numbersReadable()) {
                writeUrl();
            }
        });
    }

    /** The filters behind "More filters", shown from now on (built the first time). */
    MoreJobFilters more() {
        MoreJobFilters shown = more;
        if (shown == null) {
            shown = new MoreJobFilters(board.categories());
            shown.fields().forEach(this::searchOnChange);
            filters.remove(moreFilters);
            filters.add(shown.category, shown.employmentType, shown.education, shown.experience, shown.postedWithin,
                    shown.minSalary);
            more = shown;
        }
        return shown;
    }

    private List<String> badges(JobListing posting) {
        return PostingBadges.of(posting.firstPublishedAt(), posting.closeDate(), clock.instant(), LocalDate.now(clock));
    }

    static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassNames("badge", text.equals("New") ? "badge-success" : "badge-warning");
        return badge;
    }

    /** Where, for how much and since when: "Somerville, MA (3 mi) · $300,000 – $350,000 · Posted 1 Dec 2026". */
    static String facts(JobListing posting) {
        Double miles = posting.distanceMiles();
        String place = miles == null ? posting.location() : posting.location() + " (" + Math.round(miles) + " mi)";
        String pay = posting.payRange();
        return place + (pay == null || pay.isBlank() ? "" : " · " + pay) + " · Posted " + Dates.day(posting.publishedAt());
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
        JobSearch main = new JobSearch(search.getValue(), centre == null ? null : centre.code(),
                centre == null ? null : radius.acceptedNumber().orElse(null), null, null, null, null, null, null,
                sort.getValue());
        MoreJobFilters shown = more;
        return shown == null ? main : shown.narrow(main);
    }

    private boolean numbersReadable() {
        MoreJobFilters shown = more;
        return radius.problem().isEmpty() && (shown == null || shown.numbersReadable());
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
            if (more != null || MoreJobFilters.PARAMETERS.stream().anyMatch(name -> address.text(name).isPresent())) {
                more().read(address);
            }
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
