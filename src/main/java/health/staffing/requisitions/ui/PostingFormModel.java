package health.staffing.requisitions.ui;

import health.staffing.requisitions.Degree;
import health.staffing.requisitions.EducationLevel;
import health.staffing.requisitions.PostingContent;
import health.staffing.requisitions.PostingRequirements;
import health.staffing.requisitions.PostingSection;
import health.staffing.requisitions.PostingVisibility;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The editor's bean for everything except the sections (those are rows of their own): requirements,
 * visibility and dates. Licence states and competencies are edited as text, one list each.
 */
class PostingFormModel {

    private @Nullable EducationLevel educationMinimum;
    private Set<Degree> acceptedDegrees = new HashSet<>();
    private @Nullable Integer clinicalYears;
    private @Nullable Integer leadershipYears;
    private @Nullable Integer managedCareYears;
    private Set<Degree> preferredDegrees = new HashSet<>();
    private @Nullable Integer combinedYears;
    private boolean residencyRequired;
    /** The other locations, one "City, ST" per line. */
    private String otherLocations = "";
    private String licenceStates = "";
    private boolean boardCertificationRequired;
    private String competencies = "";
    private PostingVisibility visibility = PostingVisibility.INTERNAL_FIRST;
    private @Nullable Integer internalDays;
    private @Nullable LocalDate openDate;
    private @Nullable LocalDate closeDate;

    static PostingFormModel from(PostingContent content) {
        PostingFormModel model = new PostingFormModel();
        PostingRequirements r = content.requirements();
        model.educationMinimum = r.educationMinimum();
        model.acceptedDegrees = new HashSet<>(r.acceptedDegrees());
        model.clinicalYears = r.clinicalYearsPostResidency();
        model.leadershipYears = r.leadershipYears();
        model.managedCareYears = r.managedCareYears();
        model.preferredDegrees = new HashSet<>(r.preferredDegrees());
        model.combinedYears = r.combinedYears();
        model.residencyRequired = r.residencyRequired();
        model.otherLocations = String.join("\n", content.otherLocations());
        model.licenceStates = r.licenceStates().stream().sorted().collect(Collectors.joining(", "));
        model.boardCertificationRequired = r.boardCertificationRequired();
        model.competencies = String.join("\n", r.competencies());
        model.visibility = content.visibility();
        model.internalDays = content.internalDays();
        model.openDate = content.openDate();
        model.closeDate = content.closeDate();
        return model;
    }

    PostingContent toContent(List<PostingSection> sections) {
        Set<Degree> degrees = acceptedDegrees == null || acceptedDegrees.isEmpty() ? Set.of() : EnumSet.copyOf(acceptedDegrees);
        Set<String> states = Arrays.stream((licenceStates == null ? "" : licenceStates).split("[,;\\s]+"))
                .filter(s -> !s.isBlank()).collect(Collectors.toSet());
        List<String> competencyList = Arrays.stream((competencies == null ? "" : competencies).split("\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new PostingContent(sections, new PostingRequirements(educationMinimum, degrees, clinicalYears,
                leadershipYears, managedCareYears, states, boardCertificationRequired, competencyList)
                .withPreferred(preferredDegrees == null ? Set.of() : preferredDegrees, combinedYears)
                .withResidency(residencyRequired), visibility,
                visibility == PostingVisibility.INTERNAL_FIRST ? internalDays : null, openDate, closeDate,
                Arrays.stream((otherLocations == null ? "" : otherLocations).split("[\n;]"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    Set<Degree> getPreferredDegrees() {
        return preferredDegrees;
    }

    void setPreferredDegrees(Set<Degree> preferredDegrees) {
        this.preferredDegrees = preferredDegrees;
    }

    String getOtherLocations() {
        return otherLocations;
    }

    void setOtherLocations(String otherLocations) {
        this.otherLocations = otherLocations;
    }

    boolean isResidencyRequired() {
        return residencyRequired;
    }

    void setResidencyRequired(boolean residencyRequired) {
        this.residencyRequired = residencyRequired;
    }

    @Nullable Integer getCombinedYears() {
        return combinedYears;
    }

    void setCombinedYears(@Nullable Integer combinedYears) {
        this.combinedYears = combinedYears;
    }

    @Nullable EducationLevel getEducationMinimum() {
        return educationMinimum;
    }

    void setEducationMinimum(@Nullable EducationLevel educationMinimum) {
        this.educationMinimum = educationMinimum;
    }

    Set<Degree> getAcceptedDegrees() {
        return acceptedDegrees;
    }

    void setAcceptedDegrees(Set<Degree> acceptedDegrees) {
        this.acceptedDegrees = acceptedDegrees;
    }

    @Nullable Integer getClinicalYears() {
        return clinicalYears;
    }

    void setClinicalYears(@Nullable Integer clinicalYears) {
        this.clinicalYears = clinicalYears;
    }

    @Nullable Integer getLeadershipYears() {
        return leadershipYears;
    }

    void setLeadershipYears(@Nullable Integer leadershipYears) {
        this.leadershipYears = leadershipYears;
    }

    @Nullable Integer getManagedCareYears() {
        return managedCareYears;
    }

    void setManagedCareYears(@Nullable Integer managedCareYears) {
        this.managedCareYears = managedCareYears;
    }

    String getLicenceStates() {
        return licenceStates;
    }

    void setLicenceStates(String licenceStates) {
        this.licenceStates = licenceStates;
    }

    boolean isBoardCertificationRequired() {
        return boardCertificationRequired;
    }

    void setBoardCertificationRequired(boolean boardCertificationRequired) {
        this.boardCertificationRequired = boardCertificationRequired;
    }

    String getCompetencies() {
        return competencies;
    }

    void setCompetencies(String competencies) {
        this.competencies = competencies;
    }

    PostingVisibility getVisibility() {
        return visibility;
    }

    void setVisibility(PostingVisibility visibility) {
        this.visibility = visibility;
    }

    @Nullable Integer getInternalDays() {
        return internalDays;
    }

    void setInternalDays(@Nullable Integer internalDays) {
        this.internalDays = internalDays;
    }

    @Nullable LocalDate getOpenDate() {
        return openDate;
    }

    void setOpenDate(@Nullable LocalDate openDate) {
        this.openDate = openDate;
    }

    @Nullable LocalDate getCloseDate() {
        return closeDate;
    }

    void setCloseDate(@Nullable LocalDate closeDate) {
        this.closeDate = closeDate;
    }
}
