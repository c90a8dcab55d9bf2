package health.staffing.candidates.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.ui.RouteIds;
import health.staffing.base.ui.component.AccessibleTabs;
import health.staffing.base.ui.component.Badge;
import health.staffing.base.ui.component.Fact;
import health.staffing.base.ui.component.Panel;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.BoardCertification;
import health.staffing.candidates.StageChange;
import health.staffing.candidates.StateLicense;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.ui.ApplicationTab;
import health.staffing.candidates.ui.DocumentLinks;
import health.staffing.candidates.ui.StageTone;
import health.staffing.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One application for the hiring team: who applied, what they declared and where it stands, with
 * tabs the other parts of the review contribute (screening, scorecards, offer). The service applies
 * the row rule: an application outside the caller's requisitions is "not found".
 */
@Route("candidates/:id(\\d+)")
@RolesAllowed({AppRoles.RECRUITER, AppRoles.HIRING_MANAGER})
class ApplicationDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CandidateReviewService review;
    private final List<ApplicationTab> extraTabs;
    private long applicationId;
    private String pageTitle = "Application";
    private String currentTab = "profile";

    ApplicationDetailView(CandidateReviewService review, List<ApplicationTab> extraTabs) {
        this.review = review;
        this.extraTabs = extraTabs;
        addClassNames("page", "application-detail-view");
    }

    static RouteParameters parameters(long applicationId) {
        return new RouteParameters("id", String.valueOf(applicationId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> routed = RouteIds.of(event, "id");
        if (routed.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no such application.");
            return;
        }
        long id = routed.get();
        try {
            render(review.detail(id), event.getLocation().getQueryParameters().getSingleParameter("tab")
                    .orElse("profile"));
        } catch (DomainException notVisible) {
            event.rerouteToError(NotFoundException.class, notVisible.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private void render(ApplicationDetail application, String selectedTab) {
        applicationId = application.id();
        pageTitle = application.candidateName() + " · " + application.reference();
        removeAll();
        add(header(application));
        TabSheet tabs = AccessibleTabs.of(new TabSheet());
        tabs.setId("application-tabs");
        tabs.setWidthFull();
        List<String> keys = new ArrayList<>();
        tabs.add("Profile", profile(application));
        keys.add("profile");
        for (ApplicationTab extra : extraTabs) {
            if (extra.appliesTo(application)) {
                tabs.add(extra.label(), extra.content(application, this::reload));
                keys.add(extra.key());
            }
        }
        int index = keys.indexOf(selectedTab);
        if (index > 0) {
            tabs.setSelectedIndex(index);
        }
        currentTab = index > 0 ? selectedTab : "profile";
        tabs.addSelectedChangeListener(change -> currentTab = keys.get(tabs.getSelectedIndex()));
        add(tabs);
    }

    private void reload() {
        render(review.detail(applicationId), currentTab); // the person stays on the tab where they just acted
    }

    private Component header(ApplicationDetail application) {
        RouterLink back = new RouterLink("← Candidates", CandidateReviewView.class);
        back.setQueryParameters(com.vaadin.flow.router.QueryParameters.of("ref", application.reference()));
        H2 name = new H2(application.candidateName());
        name.setId("candidate-name");
        Span role = new Span(application.reference() + " · " + application.title());
        role.setId("application-role");
        Badge stage = new Badge(application.stage().label(), StageTone.of(application.stage()));
        stage.setId("application-stage");
        Div subtitle = new Div(role, new Badge(application.internal() ? "Internal" : "External",
                application.internal() ? "neutral" : "warning"), stage);
        subtitle.addClassName("requisition-subtitle");
        Div header = new Div(back, name, subtitle);
        header.addClassName("application-header");
        return header;
    }

    private Component profile(ApplicationDetail application) {
        Div profile = new Div();
        profile.setId("application-profile");
        profile.addClassName("application-profile");
        Div about = Panel.titled("Candidate");
        about.add(new Fact("Applied", Dates.moment(application.submittedAt())));
        if (application.email() != null) {
            about.add(new Fact("Email", application.email()));
        }
        if (application.internal()) {
            about.add(new Fact("Current position", application.currentPosition() == null ? "No seat in the org chart"
                    : application.currentPosition()));
        }
        about.add(new Fact("NPI", application.npi() == null ? "Not given" : application.npi()));

        Div credentials = Panel.titled("Credentials");
        credentials.setId("application-credentials");
        credentials.add(new Fact("Degrees", application.degrees().isEmpty() ? "None declared"
                : application.degrees().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
        credentials.add(new Fact("Board certifications", application.boardCertifications().isEmpty() ? "None declared"
                : application.boardCertifications().stream().map(ApplicationDetailView::certification)
                        .collect(Collectors.joining("; "))));
        credentials.add(new Fact("State licences", application.licenses().isEmpty() ? "None declared"
                : application.licenses().stream().map(ApplicationDetailView::licence)
                        .collect(Collectors.joining("; "))));
        credentials.add(new Fact("Accredited residency", Boolean.TRUE.equals(application.residencyCompleted())
                ? "Completed (ACGME or AOA)" : "Not declared"));
        credentials.add(new Fact("Years after residency", years(application.clinicalYears())));
        credentials.add(new Fact("Years in physician leadership", years(application.leadershipYears())));
        credentials.add(new Fact("Years in managed care / UM", years(application.managedCareYears())));

        Div documents = Panel.titled("Documents");
        documents.setId("application-documents");
        if (application.documents().isEmpty()) {
            documents.add(new Paragraph("No documents."));
        }
        long applicationId = application.id();
        if (application.documentsWithheld()) {
            documents.add(new Paragraph("Documents are withheld during the blind first pass: names and CVs say who"
                    + " applied."));
        }
        application.documents().forEach(document -> documents.add(new Fact(document.kind().label(),
                DocumentLinks.link(document, () -> Optional.of(review.document(applicationId, document.id()))))));

        Div history = Panel.titled("Stage history");
        Grid<StageChange> changes = new Grid<>();
        changes.setId("application-history");
        changes.addColumn(change -> Dates.moment(change.at())).setHeader("When").setAutoWidth(true);
        changes.addColumn(change -> change.to().label()).setHeader("Stage").setAutoWidth(true);
        changes.addColumn(StageChange::by).setHeader("By").setAutoWidth(true);
        changes.addColumn(change -> change.reason() == null ? "" : change.reason()).setHeader("Reason (internal)")
                .setFlexGrow(1);
        changes.addColumn(change -> change.candidateMessage() == null ? "" : change.candidateMessage())
                .setHeader("Message to the candidate").setFlexGrow(1);
        changes.setItems(application.history());
        changes.setAllRowsVisible(true);
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        history.add(changes);
        profile.add(about, credentials, documents, history);
        return profile;
    }

    private static String certification(BoardCertification certification) {
        return certification.specialty() + " (" + certification.board() + ")"
                + until(certification.expiresOn());
    }

    private static String licence(StateLicense licence) {
        return licence.state() + " " + licence.number() + ", " + licence.status() + until(licence.expiresOn());
    }

    private static String until(@Nullable LocalDate day) {
        return day == null ? "" : ", until " + Dates.day(day);
    }

    private static String years(@Nullable Integer years) {
        return years == null ? "Not given" : years.toString();
    }
}
