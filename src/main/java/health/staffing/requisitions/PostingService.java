package health.staffing.requisitions;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import health.staffing.orgchart.DottedLine;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and publishing the posting of an approved requisition. HR (recruiters) and
 * administrators write and publish; whoever may see the requisition may read the draft and its
 * history; every signed-in caregiver may read the live version of a posted requisition.
 * <p>
 * Publishing checks pay transparency on the requisition's salary range, sanitises, renders the
 * document with the facts of the requisition and the org chart (reports-to and dotted lines are
 * never typed), stores it as the next version and marks the requisition posted, in one
 * transaction. Every change is audited on the requisition.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PostingService {

    /**
     * HR writes the posting from the draft on, so approvers see its typed qualifications before they
     * decide; it is published only once approved.
     */
    static final Set<RequisitionStatus> WRITABLE = EnumSet.of(RequisitionStatus.DRAFT,
            RequisitionStatus.CHANGES_REQUESTED, RequisitionStatus.PENDING_APPROVAL, RequisitionStatus.APPROVED,
            RequisitionStatus.POSTED, RequisitionStatus.ON_HOLD);
    /** The width of a job reference (requisition.reference). */
    private static final int MAX_REFERENCE = 20;
    static final Set<RequisitionStatus> PUBLISHABLE = EnumSet.of(RequisitionStatus.APPROVED, RequisitionStatus.POSTED);

    private final PostingRepository postings;
    private final PostingVersionRepository versions;
    private final RequisitionRepository requisitionRows;
    private final RequisitionService requisitions;
    private final OrgChartService orgChart;
    private final PayTransparencyService payTransparency;
    private final AuditLog auditLog;
    private final Clock clock;
    private final JobBoardQueries board;
    private final ApplicationEventPublisher events;
    private final ConflictOfInterest conflicts;

    PostingService(PostingRepository postings, PostingVersionRepository versions, RequisitionRepository requisitionRows,
            RequisitionService requisitions, OrgChartService orgChart, PayTransparencyService payTransparency,
            AuditLog auditLog, Clock clock, JobBoardQueries board, ApplicationEventPublisher events,
            ConflictOfInterest conflicts) {
        this.conflicts = conflicts;
        this.postings = postings;
        this.versions = versions;
        this.requisitionRows = requisitionRows;
        this.requisitions = requisitions;
        this.orgChart = orgChart;
        this.payTransparency = payTransparency;
        this.auditLog = auditLog;
        this.clock = clock;
        this.board = board;
        this.events = events;
    }

    /** The posting of the requisition, if HR has started one. */
    @Transactional(readOnly = true)
    public Optional<PostingDraft> find(long requisitionId) {
        RequisitionDetails requisition = requisitions.details(requisitionId);
        return postings.findByRequisitionId(requisitionId).map(posting -> draft(requisition, posting));
    }

    /**
     * Opens the editor: returns the posting, creating it (with a first outline of sections) the
     * first time HR opens it on an approved requisition.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public PostingDraft open(long requisitionId) {
        RequisitionDetails requisition = requisitions.details(requisitionId);
        conflicts.check(requisitionId, requisition.reference(), "write its posting");
        Optional<Posting> existing = postings.findByRequisitionId(requisitionId);
        if (existing.isPresent()) {
            return draft(requisition, existing.get());
        }
        if (!WRITABLE.contains(requisition.status()) || requisition.status() == RequisitionStatus.ON_HOLD) {
            throw new DomainException("Requisition " + requisition.reference() + " is "
                    + requisition.status().label().toLowerCase() + "; a posting can no longer be started.");
        }
        Posting posting = postings.saveAndFlush(new Posting(requisitionId, outline()));
        auditLog.record(RequisitionService.AUDIT_TYPE, requisitionId, "POSTING_CREATED", null,
                "posting draft " + posting.getId());
        return draft(requisition, posting);
    }

    /** Saves the draft. {@code expectedVersion} is the draft's version the editor loaded. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public PostingDraft save(long requisitionId, long expectedVersion, PostingContent content) {
        RequisitionDetails requisition = requisitions.details(requisitionId);
        conflicts.check(requisitionId, requisition.reference(), "edit its posting");
        Posting posting = current(requisition, expectedVersion);
        if (!WRITABLE.contains(requisition.status())) {
            throw new DomainException("Requisition " + requisition.reference() + " is "
                    + requisition.status().label().toLowerCase() + "; its posting can no longer change.");
        }
        PostingContent clean = PostingRules.sanitised(content);
        PostingRules.require(PostingRules.problems(clean));
        placed(clean);
        String before = describe(posting.toContent());
        if (posting.edit(clean)) {
            postings.saveAndFlush(posting);
            auditLog.record(RequisitionService.AUDIT_TYPE, requisitionId, "POSTING_EDITED", before,
                    "draft of version " + (posting.getPublishedVersion() + 1) + ": " + describe(clean));
        }
        return draft(requisition, posting);
    }

    /**
     * Publishes the saved draft as the next version and marks the requisition posted. Refused with
     * a message naming the pay-transparency law when the requisition's salary range does not comply.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public PublishedPosting publish(long requisitionId, long expectedVersion) {
        RequisitionDetails requisition = requisitions.details(requisitionId);
        conflicts.check(requisitionId, requisition.reference(), "publish its posting");
        Posting posting = current(requisition, expectedVersion);
        if (!PUBLISHABLE.contains(requisition.status())) {
            throw new DomainException("Requisition " + requisition.reference() + " is "
                    + requisition.status().label().toLowerCase() + "; only an approved requisition can be posted.");
        }
        payTransparency.require("publish", requisition.salaryMin(), requisition.salaryMax(), requisition.city(),
                requisition.state());
        PostingContent content = PostingRules.sanitised(posting.toContent());
        PostingRules.require(PostingRules.publishingProblems(content));
        // A multi-site role is published under the pay-transparency law of every place it is based at.
        List<OtherLocation> others = placed(content);
        for (OtherLocation other : others) {
            String[] place = OtherLocation.cityAndState(other.place());
            payTransparency.require("publish", requisition.salaryMin(), requisition.salaryMax(), place[0], place[1]);
        }
        PostingFacts facts = facts(requisition);
        String document = PostingRenderer.render(facts, content);
        Optional<PostingVersion> latest = versions.findFirstByRequisitionIdOrderByNumberDesc(requisitionId);
        if (requisition.status() == RequisitionStatus.POSTED && latest.isPresent()
                && latest.get().getDocument().equals(document)) {
            throw new DomainException("Nothing changed since version " + latest.get().getNumber()
                    + " was published.");
        }
        int number = posting.getPublishedVersion() + 1;
        PostingVersion version = versions.saveAndFlush(new PostingVersion(posting, number, facts, content, document,
                requisition.employmentType(), board.placeOf(requisition.city(), requisition.state()).orElse(null)));
        board.indexWords(version.getId(), facts.title() + "\n" + document);
        board.placeOtherLocations(version.getId(), others);
        posting.published(number);
        postings.saveAndFlush(posting);
        requisitions.markPosted(requisitionId);
        auditLog.record(RequisitionService.AUDIT_TYPE, requisitionId, "POSTING_PUBLISHED",
                latest.map(v -> "version " + v.getNumber()).orElse(null),
                "version " + number + ": " + PostingRenderer.payRange(facts) + "; " + PostingRenderer.visibility(content));
        events.publishEvent(new PostingPublished(requisitionId, number, content.requirements()));
        return version.toPublished();
    }

    /**
     * The qualifications typed in the posting's draft so far, in words, for approvers: empty when
     * none is typed or no posting was started. Under the requisition's row rule.
     */
    @Transactional(readOnly = true)
    public Optional<String> draftQualifications(long requisitionId) {
        requisitions.details(requisitionId);
        return postings.findByRequisitionId(requisitionId).map(posting -> posting.toContent().requirements())
                .map(PostingRequirements::describe).filter(text -> !text.isBlank());
    }

    /**
     * The typed requirements of the requisition's last published version, for screening; empty when
     * nothing was published. Published versions do not keep their requirements, so this reads the
     * posting's: exact while the draft has no unpublished changes (HR edits then publish, and
     * {@link PostingPublished} tells screening to look again).
     */
    @Transactional(readOnly = true)
    public Optional<PostingRequirements> publishedRequirements(long requisitionId) {
        return postings.findByRequisitionId(requisitionId).filter(p -> p.getPublishedVersion() > 0)
                .map(p -> p.toContent().requirements());
    }

    /** The published versions, newest first. */
    @Transactional(readOnly = true)
    public List<PostingVersionSummary> versions(long requisitionId) {
        requisitions.details(requisitionId);
        return versions.findByRequisitionIdOrderByNumberDesc(requisitionId).stream().map(PostingVersion::toSummary)
                .toList();
    }

    /** One published version exactly as it was shown. */
    @Transactional(readOnly = true)
    public PublishedPosting version(long requisitionId, int number) {
        requisitions.details(requisitionId);
        return versions.findByRequisitionIdAndNumber(requisitionId, number).map(PostingVersion::toPublished)
                .orElseThrow(() -> new DomainException("There is no version " + number + " of this posting."));
    }

    /**
     * What caregivers see: the latest published version while the requisition is posted, for
     * anyone signed in (the requisition itself stays behind its row rule).
     */
    /** When the requisition's posting was first published: a later version does not make it new again. */
    @Transactional(readOnly = true)
    public Optional<Instant> firstPublishedAt(long requisitionId) {
        return versions.findFirstByRequisitionIdOrderByNumberAsc(requisitionId).map(PostingVersion::getCreatedAt);
    }

    @Transactional(readOnly = true)
    public Optional<PublishedPosting> live(long requisitionId) {
        boolean posted = requisitionRows.findById(requisitionId)
                .map(r -> r.getStatus() == RequisitionStatus.POSTED).orElse(false);
        if (!posted) {
            return Optional.empty();
        }
        return versions.findFirstByRequisitionIdOrderByNumberDesc(requisitionId).map(PostingVersion::toPublished);
    }

    /** Live postings open today, newest first unless the page sorts otherwise: the internal job board. */
    @Transactional(readOnly = true)
    public List<PublishedPosting> livePostings(String text, Pageable page) {
        return versions.findLive(RequisitionStatus.POSTED, LocalDate.now(clock), text == null ? "" : text.trim(), page)
                .map(PostingVersion::toPublished).getContent();
    }

    /** The live posting with this job reference, for the posting page a caregiver bookmarks. */
    @Transactional(readOnly = true)
    public Optional<PublishedPosting> liveByReference(String reference) {
        // The reference comes from the address: one no requisition can have is no posting, not a failed query.
        if (reference == null || TextLimits.problem("Reference", reference, MAX_REFERENCE).isPresent()) {
            return Optional.empty();
        }
        return requisitionRows.findByReference(reference).flatMap(r -> live(r.getId()));
    }

    /**
     * The interview selection criteria of the requisition's posting (its competencies, in order),
     * for anyone signed in: reviewers' scorecards rate them. Empty when there is no posting or it
     * names none.
     */
    @Transactional(readOnly = true)
    public List<String> competencies(long requisitionId) {
        return postings.findByRequisitionId(requisitionId)
                .map(posting -> posting.toContent().requirements().competencies()).orElse(List.of());
    }

    /** The facts a posting of this requisition shows, read from the requisition and the org chart today. */
    @Transactional(readOnly = true)
    public PostingFacts facts(long requisitionId) {
        return facts(requisitions.details(requisitionId));
    }

    private PostingFacts facts(RequisitionDetails r) {
        LocalDate today = LocalDate.now(clock);
        Optional<PositionSummary> seat = r.positionCode() == null ? Optional.empty()
                : orgChart.findByCode(r.positionCode(), today);
        Optional<PositionSummary> manager = seat.isPresent() ? orgChart.managerOf(seat.get().id(), today)
                : Optional.ofNullable(r.managerPositionCode()).flatMap(code -> orgChart.findByCode(code, today));
        List<String> dotted = new ArrayList<>();
        if (seat.isPresent()) {
            for (DottedLine line : orgChart.dottedLinesOf(seat.get().id(), today)) {
                if (line.outgoing()) {
                    dotted.add(withLabel(line.partner().title(), line.label()));
                }
            }
        } else {
            for (ProposedDottedLine line : r.dottedLines()) {
                orgChart.findByCode(line.positionCode(), today)
                        .ifPresent(partner -> dotted.add(withLabel(partner.title(), line.label())));
            }
        }
        // A dyad partner leads with the seat as a peer; both seats' postings name the other.
        String dyad = seat.flatMap(s -> orgChart.dyadPartnerOf(s.id(), today))
                .map(partner -> partner.label().equals("Dyad partner") ? partner.partner().title()
                        : withLabel(partner.partner().title(), partner.label()))
                .orElse(null);
        String employment = r.employmentType().label() + " · " + r.jobType().label();
        return new PostingFacts(r.reference(), r.title(), r.organisationName(), r.department(), r.category(),
                r.addressLine(), r.city(), r.state(), r.workArrangementText(), employment, r.fte(), r.adminFte(),
                r.salaryMin(), r.salaryMax(), r.adjustedForFte(), manager.map(PositionSummary::title).orElse(null),
                dotted, dyad);
    }

    /** The other locations with their coordinates; one that names no US city we know is refused. */
    private List<OtherLocation> placed(PostingContent content) {
        List<OtherLocation> placed = new ArrayList<>();
        for (String place : content.otherLocations()) {
            String[] cityAndState = OtherLocation.cityAndState(place);
            JobPlace found = board.placeOf(cityAndState[0], cityAndState[1]).orElseThrow(() -> new DomainException(
                    "“" + place + "” is not a US city we know. Write another location as a city and its state,"
                            + " e.g. “Worcester, MA”."));
            placed.add(new OtherLocation(place, found.latitude(), found.longitude()));
        }
        return placed;
    }

    private static String withLabel(String title, String label) {
        return label == null || label.isBlank() ? title : title + " (" + label + ")";
    }

    private Posting current(RequisitionDetails requisition, long expectedVersion) {
        Posting posting = postings.findByRequisitionId(requisition.id()).orElseThrow(
                () -> new DomainException("Requisition " + requisition.reference() + " has no posting yet."));
        if (posting.getVersion() != expectedVersion) {
            throw new DomainException("The posting of " + requisition.reference()
                    + " was changed by someone else. Reload it and try again.");
        }
        return posting;
    }

    private PostingDraft draft(RequisitionDetails requisition, Posting posting) {
        return new PostingDraft(requisition.id(), posting.getVersion(), posting.toContent(), facts(requisition),
                requisition.status(), posting.getPublishedVersion(), posting.hasUnpublishedChanges());
    }

    private PostingContent outline() {
        return new PostingContent(List.of(new PostingSection(PostingSectionKind.OVERVIEW, "Overview", ""),
                new PostingSection(PostingSectionKind.RESPONSIBILITIES, "Responsibilities", ""),
                new PostingSection(PostingSectionKind.MINIMUM_QUALIFICATIONS, "Minimum qualifications", "")),
                PostingRequirements.NONE, PostingVisibility.INTERNAL_FIRST, 14, LocalDate.now(clock), null);
    }

    /** A short description for the audit trail (the full text lives in the versions). */
    static String describe(PostingContent content) {
        String text = content.sections().size() + " sections [" + String.join(" | ",
                content.sections().stream().map(s -> s.heading() + " (" + s.body().length() + " chars)").toList())
                + "] " + content.visibility() + (content.internalDays() == null ? "" : " " + content.internalDays() + "d")
                + " " + content.openDate() + ".." + content.closeDate() + " " + content.requirements();
        return text.length() > 3900 ? text.substring(0, 3900) + "…" : text;
    }
}
