package health.staffing.requisitions.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.Map;

/**
 * The internal job board: every posting that is live today, newest first, with a keyword search
 * kept in the URL. (Radius, education and experience filters come with the job-board issue.)
 */
@Route("jobs")
@PageTitle("Open leadership roles")
@Menu(order = 1, icon = "vaadin:briefcase", title = "Jobs")
@PermitAll
class JobBoardView extends Main implements BeforeEnterObserver {

    final TextField search = new TextField("Keywords");
    final Grid<PublishedPosting> grid = new Grid<>();
    private final PostingService postings;
    private String text = "";

    JobBoardView(PostingService postings) {
        this.postings = postings;
        addClassNames("page", "job-board-view");
        search.setId("job-search");
        search.setPlaceholder("Title or location, e.g. quality or Worcester");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(JobBoardView.class, change.getValue().isBlank()
                        ? QueryParameters.empty() : QueryParameters.simple(Map.of("q", change.getValue().trim()))));
            }
        });

        grid.setId("jobs");
        grid.addComponentColumn(JobBoardView::titleCell).setHeader("Role").setFlexGrow(3);
        grid.addColumn(PublishedPosting::location).setHeader("Location").setFlexGrow(2);
        grid.addColumn(PublishedPosting::employment).setHeader("Employment").setFlexGrow(1);
        grid.addColumn(PublishedPosting::payRange).setHeader("Pay range").setFlexGrow(2);
        grid.addColumn(p -> Formats.time(p.publishedAt(), ZoneId.systemDefault())).setHeader("Posted")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No open roles match your search.");
        grid.setItems(query -> postings.livePostings(text, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(JobPostingView.class,
                new RouteParameters("reference", click.getItem().reference()))));
        grid.setHeight("calc(100vh - 16rem)");

        Paragraph help = new Paragraph("Leadership roles open to caregivers today. Select a role to read the posting.");
        help.addClassName("panel-description");
        add(new Div(search, help), grid);
    }

    private static Div titleCell(PublishedPosting posting) {
        Span title = new Span(posting.title());
        title.addClassName("job-title");
        Span reference = new Span("Job ref " + posting.reference() + " · " + posting.workArrangement());
        reference.addClassName("job-meta");
        return new Div(title, reference);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        text = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        search.setValue(text);
        grid.getDataProvider().refreshAll();
    }
}
