package health.staffing.requisitions;

import health.staffing.orgchart.IncumbencyService;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.base.DomainException;
import health.staffing.hostile.HostileTrials.Outcome;
import health.staffing.hostile.HostileTrials;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionDetails;
import health.staffing.orgchart.PositionSummary;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The posting editor's texts (a section heading and body, a competency) and the org chart's
 * succession note, each tried with every entry of the hostile corpus through the service on H2 and
 * PostgreSQL: refused with a message and nothing changed, or stored as the sanitiser makes it (the
 * editor's preview shows the same) — never a failed statement. Each trial is rolled back.
 */
@DatabaseTest
class PostingTextsHostileInputIT {

    private static final String SEAT = "MGB-MD-PCQ";

    @Autowired
    PostingService postings;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    OrgChartService orgChart;

    @Autowired
    IncumbencyService incumbency;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void posting_and_succession_texts_are_refused_or_stored_sanitised() {
        HostileTrials.of("posting editor and succession note")
                .field("Section heading", value -> HostileTrials.rolledBack(transactions, () -> posting(
                        () -> new PostingSection(PostingSectionKind.OVERVIEW, value, "The role."),
                        saved -> assertThat(saved.sections().getFirst().heading())
                                .isEqualTo(PostingSanitiser.line(value)))))
                .field("Section body", value -> HostileTrials.rolledBack(transactions, () -> posting(
                        () -> new PostingSection(PostingSectionKind.OVERVIEW, "Overview", value),
                        saved -> assertThat(saved.sections().getFirst().body())
                                .isEqualTo(PostingSanitiser.markdown(value)))))
                .field("Competency", value -> HostileTrials.rolledBack(transactions, () -> competency(value)))
                .field("Succession note", value -> HostileTrials.rolledBack(transactions, () -> successionNote(value)))
                .report();
    }

    private Outcome posting(Supplier<PostingSection> section, Consumer<PostingContent> check) {
        long id = As.user("manager", () -> requisitions.create(RequisitionForms.qualityDirector())).id();
        PostingDraft draft = As.user("recruiter", () -> postings.open(id));
        PostingContent content = new PostingContent(List.of(section.get()), draft.content().requirements(),
                draft.content().visibility(), draft.content().internalDays(), null, null);
        try {
            PostingDraft saved = As.user("recruiter", () -> postings.save(id, draft.version(), content));
            check.accept(saved.content());
            return Outcome.STORED;
        } catch (DomainException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(As.user("recruiter", () -> postings.find(id)).orElseThrow().content()).isEqualTo(draft.content());
            return Outcome.REFUSED;
        }
    }

    private Outcome competency(String value) {
        long id = As.user("manager", () -> requisitions.create(RequisitionForms.qualityDirector())).id();
        PostingDraft draft = As.user("recruiter", () -> postings.open(id));
        PostingRequirements r = draft.content().requirements();
        PostingRequirements requirements = new PostingRequirements(r.educationMinimum(), r.acceptedDegrees(),
                r.clinicalYearsPostResidency(), r.leadershipYears(), r.managedCareYears(), r.licenceStates(),
                r.boardCertificationRequired(), List.of(value));
        PostingContent content = new PostingContent(draft.content().sections(), requirements,
                draft.content().visibility(), draft.content().internalDays(), null, null);
        try {
            PostingDraft saved = As.user("recruiter", () -> postings.save(id, draft.version(), content));
            String kept = PostingSanitiser.line(value); // nothing left after sanitising: no competency
            assertThat(saved.content().requirements().competencies())
                    .isEqualTo(kept.isEmpty() ? List.of() : List.of(kept));
            return Outcome.STORED;
        } catch (DomainException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return Outcome.REFUSED;
        }
    }

    private Outcome successionNote(String value) {
        PositionSummary seat = As.user("recruiter", () -> orgChart.findByCode(SEAT)).orElseThrow();
        long version = As.user("recruiter", () -> orgChart.versionOf(SEAT));
        PositionDetails before = As.user("recruiter", () -> orgChart.details(seat.id(), null));
        try {
            As.user("recruiter", () -> incumbency.planSuccession(SEAT, version, true, value, List.of()));
            String stored = As.user("recruiter", () -> orgChart.details(seat.id(), null)).successionNote();
            assertThat(stored).isEqualTo(value.isBlank() ? null : value.strip());
            return Outcome.STORED;
        } catch (DomainException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            // (The seat's version is claimed before the check; the refusal rolls the claim back with the rest.)
            PositionDetails after = As.user("recruiter", () -> orgChart.details(seat.id(), null));
            assertThat(after.successionNote()).isEqualTo(before.successionNote());
            assertThat(after.position().retirementRisk()).as("nothing half-changed")
                    .isEqualTo(before.position().retirementRisk());
            return Outcome.REFUSED;
        }
    }
}
