package health.staffing.requisitions;

import static health.staffing.requisitions.RequisitionStatus.APPROVED;
import static health.staffing.requisitions.RequisitionStatus.CANCELLED;
import static health.staffing.requisitions.RequisitionStatus.CHANGES_REQUESTED;
import static health.staffing.requisitions.RequisitionStatus.DRAFT;
import static health.staffing.requisitions.RequisitionStatus.FILLED;
import static health.staffing.requisitions.RequisitionStatus.ON_HOLD;
import static health.staffing.requisitions.RequisitionStatus.PENDING_APPROVAL;
import static health.staffing.requisitions.RequisitionStatus.POSTED;
import static health.staffing.requisitions.RequisitionStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.base.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every legal and every illegal move of the requisition lifecycle, written out as a table here
 * (not derived from the production enum) and driven through the aggregate's own methods.
 */
class RequisitionLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** The lifecycle the product brief describes. */
    private static final Map<RequisitionStatus, Set<RequisitionStatus>> LEGAL = Map.of(
            DRAFT, EnumSet.of(PENDING_APPROVAL, CANCELLED),
            PENDING_APPROVAL, EnumSet.of(APPROVED, CHANGES_REQUESTED, REJECTED, CANCELLED),
            CHANGES_REQUESTED, EnumSet.of(PENDING_APPROVAL, CANCELLED),
            APPROVED, EnumSet.of(POSTED, ON_HOLD, CANCELLED, PENDING_APPROVAL),
            POSTED, EnumSet.of(FILLED, ON_HOLD, CANCELLED, PENDING_APPROVAL),
            ON_HOLD, EnumSet.of(APPROVED, POSTED, CANCELLED),
            FILLED, EnumSet.noneOf(RequisitionStatus.class),
            REJECTED, EnumSet.noneOf(RequisitionStatus.class),
            CANCELLED, EnumSet.noneOf(RequisitionStatus.class));

    /** How to drive the aggregate into a status, and how to attempt each move. */
    private static final Map<RequisitionStatus, List<BiConsumer<Requisition, Instant>>> PATH_TO = Map.of(
            DRAFT, List.of(),
            PENDING_APPROVAL, List.of(Requisition::submit),
            CHANGES_REQUESTED, List.of(Requisition::submit, Requisition::requestChanges),
            APPROVED, List.of(Requisition::submit, Requisition::approve),
            POSTED, List.of(Requisition::submit, Requisition::approve, Requisition::markPosted),
            ON_HOLD, List.of(Requisition::submit, Requisition::approve, Requisition::hold),
            FILLED, List.of(Requisition::submit, Requisition::approve, Requisition::markPosted, Requisition::markFilled),
            REJECTED, List.of(Requisition::submit, (r, t) -> r.reject("No budget this year", t)),
            CANCELLED, List.of((r, t) -> r.cancel("Reorganised", t)));

    static Stream<Arguments> everyPair() {
        return Stream.of(RequisitionStatus.values()).flatMap(from -> Stream.of(RequisitionStatus.values())
                .filter(to -> to != from).map(to -> Arguments.of(from, to, LEGAL.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} -> {1} legal={2}")
    @MethodSource("everyPair")
    void the_aggregate_allows_exactly_the_legal_moves(RequisitionStatus from, RequisitionStatus to, boolean legal) {
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
        Requisition requisition = requisitionIn(from);
        if (legal) {
            attempt(requisition, from, to);
            assertThat(requisition.getStatus()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> attempt(requisition, from, to)).isInstanceOf(DomainException.class);
            assertThat(requisition.getStatus()).isEqualTo(from);
        }
    }

    @Test
    void resuming_returns_to_the_status_it_was_held_from() {
        Requisition posted = requisitionIn(POSTED);
        posted.hold(NOW);
        posted.resume(NOW);
        assertThat(posted.getStatus()).isEqualTo(POSTED);
    }

    @Test
    void every_submission_starts_a_new_approval_round() {
        Requisition requisition = requisitionIn(CHANGES_REQUESTED);
        assertThat(requisition.getApprovalRound()).isEqualTo(1);
        requisition.submit(NOW);
        assertThat(requisition.getApprovalRound()).isEqualTo(2);
    }

    @Test
    void submitting_without_a_salary_range_is_refused() {
        Requisition requisition = RequisitionTestData.draft();
        RequisitionForm form = RequisitionTestData.form();
        form.setSalaryMax(null);
        requisition.apply(form, RequisitionTestData.PLACEMENT);
        assertThatThrownBy(() -> requisition.submit(NOW)).hasMessageContaining("salary range");
        assertThat(requisition.getStatus()).isEqualTo(DRAFT);
    }

    @Test
    void a_cancellation_needs_a_reason() {
        Requisition requisition = RequisitionTestData.draft();
        assertThatThrownBy(() -> requisition.cancel(" ", NOW)).hasMessageContaining("why");
        assertThat(requisition.getStatus()).isEqualTo(DRAFT);
    }

    @Test
    void submitted_requisition_cannot_be_edited() {
        Requisition requisition = requisitionIn(PENDING_APPROVAL);
        assertThatThrownBy(() -> requisition.apply(RequisitionTestData.form(), RequisitionTestData.PLACEMENT))
                .hasMessageContaining("pending approval cannot be edited");
    }

    @Test
    void a_requisition_on_hold_must_be_resumed_before_editing() {
        Requisition requisition = requisitionIn(ON_HOLD);
        assertThatThrownBy(() -> requisition.apply(RequisitionTestData.form(), RequisitionTestData.PLACEMENT))
                .hasMessageContaining("Resume it first");
    }

    @Test
    void justification_recruiter_and_target_start_are_not_material() {
        Requisition requisition = requisitionIn(APPROVED);
        RequisitionForm form = RequisitionTestData.form();
        form.setJustification("Clarified justification");
        form.setRecruiter("another-recruiter");
        form.setTargetStart(form.getTargetStart().plusMonths(1));
        form.setCategory("Physician Leadership (revised)");

        assertThat(requisition.apply(form, RequisitionTestData.PLACEMENT)).isEmpty();
    }

    static Stream<Arguments> materialChanges() {
        return Stream.of(
                Arguments.of("salary range", (Consumer<RequisitionForm>) f -> f.setSalaryMax(new BigDecimal("345000"))),
                Arguments.of("title", (Consumer<RequisitionForm>) f -> f.setTitle("Medical Director for Quality and Safety")),
                Arguments.of("FTE", (Consumer<RequisitionForm>) f -> f.setAdminFte(new BigDecimal("0.60"))),
                Arguments.of("openings", (Consumer<RequisitionForm>) f -> f.setOpenings(2)),
                Arguments.of("hiring manager", (Consumer<RequisitionForm>) f -> f.setHiringManager("another-manager")),
                Arguments.of("adjusted for FTE", (Consumer<RequisitionForm>) f -> f.setAdjustedForFte(!f.isAdjustedForFte())),
                Arguments.of("location", (Consumer<RequisitionForm>) f -> f.setState("NY")),
                Arguments.of("location", (Consumer<RequisitionForm>) f -> f.setCity("Boston")),
                Arguments.of("cost centre", (Consumer<RequisitionForm>) f -> f.setCostCenter("CC-9999")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("materialChanges")
    void every_field_approvers_decided_on_is_material(String field, Consumer<RequisitionForm> change) {
        Requisition requisition = requisitionIn(APPROVED);
        RequisitionForm form = RequisitionTestData.form();
        change.accept(form);

        assertThat(requisition.apply(form, RequisitionTestData.PLACEMENT)).containsExactly(field);
    }

    @Test
    void a_new_manager_position_is_material() {
        Requisition requisition = requisitionIn(APPROVED);

        assertThat(requisition.apply(RequisitionTestData.form(), new Requisition.Placement("MGB", null, "MGB-CMO")))
                .containsExactly("manager position");
    }

    private static Requisition requisitionIn(RequisitionStatus status) {
        Requisition requisition = RequisitionTestData.draft();
        requisition.apply(RequisitionTestData.form(), RequisitionTestData.PLACEMENT);
        PATH_TO.get(status).forEach(step -> step.accept(requisition, NOW));
        assertThat(requisition.getStatus()).isEqualTo(status);
        return requisition;
    }

    private static void attempt(Requisition requisition, RequisitionStatus from, RequisitionStatus to) {
        switch (to) {
            case DRAFT -> throw new DomainException("nothing moves a requisition back to draft");
            case PENDING_APPROVAL -> requisition.submit(NOW);
            case CHANGES_REQUESTED -> requisition.requestChanges(NOW);
            case APPROVED -> {
                if (from == ON_HOLD) {
                    requisition.resume(NOW);
                } else {
                    requisition.approve(NOW);
                }
            }
            case POSTED -> {
                if (from == ON_HOLD) {
                    requisition.resume(NOW);
                    if (requisition.getStatus() != POSTED) {
                        requisition.markPosted(NOW);
                    }
                } else {
                    requisition.markPosted(NOW);
                }
            }
            case ON_HOLD -> requisition.hold(NOW);
            case FILLED -> requisition.markFilled(NOW);
            case REJECTED -> requisition.reject("Not this year", NOW);
            case CANCELLED -> requisition.cancel("No longer needed", NOW);
        }
    }
}
